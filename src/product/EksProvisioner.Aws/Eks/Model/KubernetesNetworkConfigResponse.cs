namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS KubernetesNetworkConfig (botocore model eks 2017-11-01).</summary>
public sealed record KubernetesNetworkConfigResponse
{
    public string? ServiceIpv4Cidr { get; init; }

    public string? ServiceIpv6Cidr { get; init; }

    public string? IpFamily { get; init; }
}
