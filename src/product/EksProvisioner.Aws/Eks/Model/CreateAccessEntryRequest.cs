using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS CreateAccessEntry (botocore model eks 2017-11-01).</summary>
public sealed record CreateAccessEntryRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? ClusterName { get; init; }

    public string? PrincipalArn { get; init; }

    public IReadOnlyList<string>? KubernetesGroups { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public string? ClientRequestToken { get; init; }

    public string? Username { get; init; }

    public string? Type { get; init; }
}
