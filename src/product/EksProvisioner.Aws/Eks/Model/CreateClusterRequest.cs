namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS CreateCluster (botocore model eks 2017-11-01).</summary>
public sealed record CreateClusterRequest
{
    public string? Name { get; init; }

    public string? Version { get; init; }

    public string? RoleArn { get; init; }

    public VpcConfigRequest? ResourcesVpcConfig { get; init; }

    public KubernetesNetworkConfigRequest? KubernetesNetworkConfig { get; init; }

    public Logging? Logging { get; init; }

    public string? ClientRequestToken { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public CreateAccessConfigRequest? AccessConfig { get; init; }

    public bool? BootstrapSelfManagedAddons { get; init; }
}
