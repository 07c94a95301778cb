using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS UpdateClusterVersion (botocore model eks 2017-11-01).</summary>
public sealed record UpdateClusterVersionRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? Name { get; init; }

    public string? Version { get; init; }

    public string? ClientRequestToken { get; init; }

    public bool? Force { get; init; }
}
