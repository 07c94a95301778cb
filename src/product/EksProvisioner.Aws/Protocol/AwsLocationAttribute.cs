namespace EksProvisioner.Aws.Protocol;

/// <summary>
/// Puts a request member in the URI, query string or a header under the model's
/// <c>locationName</c>. Members without it go in the body.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class AwsLocationAttribute(AwsMemberLocation location, string locationName) : Attribute
{
    public AwsMemberLocation Location { get; } = location;

    public string LocationName { get; } = locationName;
}
