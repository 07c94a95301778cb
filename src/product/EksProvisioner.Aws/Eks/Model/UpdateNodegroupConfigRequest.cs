using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS UpdateNodegroupConfig (botocore model eks 2017-11-01).</summary>
public sealed record UpdateNodegroupConfigRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "name")]
    public string? ClusterName { get; init; }

    [AwsLocation(AwsMemberLocation.Uri, "nodegroupName")]
    public string? NodegroupName { get; init; }

    public UpdateLabelsPayload? Labels { get; init; }

    public UpdateTaintsPayload? Taints { get; init; }

    public NodegroupScalingConfig? ScalingConfig { get; init; }

    public NodegroupUpdateConfig? UpdateConfig { get; init; }

    public string? ClientRequestToken { get; init; }
}
