namespace EksProvisioner.AwsSimulator.Elbv2;

/// <summary>A target group; <see cref="LoadBalancerArns"/> are those whose listeners forward to it.</summary>
internal sealed class Elbv2TargetGroup
{
    public required string Arn { get; init; }

    public required string Name { get; init; }

    public required string Region { get; init; }

    public string? Protocol { get; init; }

    public int? Port { get; init; }

    public string? VpcId { get; init; }

    public string TargetType { get; init; } = "instance";

    public List<string> LoadBalancerArns { get; init; } = [];

    public Dictionary<string, string> Tags { get; init; } = new(StringComparer.Ordinal);
}
