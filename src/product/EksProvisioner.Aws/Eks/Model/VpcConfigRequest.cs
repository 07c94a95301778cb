namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS VpcConfig (botocore model eks 2017-11-01).</summary>
public sealed record VpcConfigRequest
{
    public IReadOnlyList<string>? SubnetIds { get; init; }

    public IReadOnlyList<string>? SecurityGroupIds { get; init; }

    public bool? EndpointPublicAccess { get; init; }

    public bool? EndpointPrivateAccess { get; init; }

    public IReadOnlyList<string>? PublicAccessCidrs { get; init; }
}
