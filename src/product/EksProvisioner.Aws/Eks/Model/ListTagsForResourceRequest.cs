using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS ListTagsForResource (botocore model eks 2017-11-01).</summary>
public sealed record ListTagsForResourceRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "resourceArn")]
    public string? ResourceArn { get; init; }
}
