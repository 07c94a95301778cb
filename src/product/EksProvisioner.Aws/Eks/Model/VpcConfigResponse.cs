namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS VpcConfig (botocore model eks 2017-11-01).</summary>
public sealed record VpcConfigResponse
{
    public IReadOnlyList<string>? SubnetIds { get; init; }

    public IReadOnlyList<string>? SecurityGroupIds { get; init; }

    public string? ClusterSecurityGroupId { get; init; }

    public string? VpcId { get; init; }

    public bool? EndpointPublicAccess { get; init; }

    public bool? EndpointPrivateAccess { get; init; }

    public IReadOnlyList<string>? PublicAccessCidrs { get; init; }
}
