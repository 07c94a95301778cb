namespace EksProvisioner.Aws.Protocol;

/// <summary>Where a request member travels, as the service model's <c>location</c> says (absent = body).</summary>
public enum AwsMemberLocation
{
    Body,
    Uri,
    QueryString,
    Header,
}
