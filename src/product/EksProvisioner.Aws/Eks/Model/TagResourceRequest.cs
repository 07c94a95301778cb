using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS TagResource (botocore model eks 2017-11-01).</summary>
public sealed record TagResourceRequest
{
    [AwsLocation(AwsMemberLocation.Uri, "resourceArn")]
    public string? ResourceArn { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
