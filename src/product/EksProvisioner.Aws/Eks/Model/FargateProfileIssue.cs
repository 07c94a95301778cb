namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>FargateProfileIssue</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record FargateProfileIssue
{
    public string? Code { get; init; }

    public string? Message { get; init; }

    public IReadOnlyList<string>? ResourceIds { get; init; }
}
