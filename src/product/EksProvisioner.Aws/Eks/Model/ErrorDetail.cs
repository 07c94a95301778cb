namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>ErrorDetail</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record ErrorDetail
{
    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    public IReadOnlyList<string>? ResourceIds { get; init; }
}
