namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>Cluster</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record Cluster
{
    public string? Name { get; init; }

    public string? Arn { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? Version { get; init; }

    public string? Endpoint { get; init; }

    public string? RoleArn { get; init; }

    public VpcConfigResponse? ResourcesVpcConfig { get; init; }

    public KubernetesNetworkConfigResponse? KubernetesNetworkConfig { get; init; }

    public Logging? Logging { get; init; }

    public Identity? Identity { get; init; }

    public string? Status { get; init; }

    public Certificate? CertificateAuthority { get; init; }

    public string? ClientRequestToken { get; init; }

    public string? PlatformVersion { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public string? Id { get; init; }

    public ClusterHealth? Health { get; init; }

    public AccessConfigResponse? AccessConfig { get; init; }
}
