namespace EksProvisioner.AwsSimulator.Contracts;

/// <summary>
/// How long simulated transitions take, in seconds. Defaults are the realistic values from the
/// AWS documentation and field reports; override them from a JSON file (<c>--latency-model</c>).
/// <see cref="JitterFraction"/> with <see cref="Seed"/> spreads each duration reproducibly.
/// </summary>
public sealed record LatencyModel
{
    public double ClusterCreateSeconds { get; init; } = 600;
    public double ClusterDeleteSeconds { get; init; } = 360;
    public double NodegroupCreateSeconds { get; init; } = 240;
    public double NodegroupDeleteSeconds { get; init; } = 300;
    public double FargateProfileCreateSeconds { get; init; } = 120;
    public double FargateProfileDeleteSeconds { get; init; } = 120;
    public double AddonCreateSeconds { get; init; } = 60;
    public double AddonDeleteSeconds { get; init; } = 30;
    public double ClusterVersionUpdateSeconds { get; init; } = 720;
    public double NodegroupVersionUpdateSeconds { get; init; } = 480;
    public double NodegroupConfigUpdateSeconds { get; init; } = 90;
    public double AddonUpdateSeconds { get; init; } = 45;
    public double NatGatewayCreateSeconds { get; init; } = 90;
    public double NatGatewayDeleteSeconds { get; init; } = 60;
    public double IamPropagationSeconds { get; init; } = 10;
    public double LoadBalancerCreateSeconds { get; init; } = 180;

    // The API forgets a deleted load balancer at once; its interfaces linger about this long.
    public double LoadBalancerDeleteSeconds { get; init; } = 60;
    public double JitterFraction { get; init; }
    public int Seed { get; init; } = 1;

    /// <summary>The defaults.</summary>
    public static LatencyModel Default { get; } = new();
}
