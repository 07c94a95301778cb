using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS UntagResource (botocore model eks 2017-11-01).</summary>
public sealed record UntagResourceRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "resourceArn")]
    public string? ResourceArn { get; init; }

    [AwsLocation(AwsMemberLocation.QueryString, "tagKeys")]
    public IReadOnlyList<string>? TagKeys { get; init; }
}
