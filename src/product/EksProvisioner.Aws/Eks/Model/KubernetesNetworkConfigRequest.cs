namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS KubernetesNetworkConfig (botocore model eks 2017-11-01).</summary>
public sealed record KubernetesNetworkConfigRequest
{
    public string? ServiceIpv4Cidr { get; init; }

    public string? IpFamily { get; init; }
}
