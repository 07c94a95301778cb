namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>Issue</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record Issue
{
    public string? Code { get; init; }

    public string? Message { get; init; }

    public IReadOnlyList<string>? ResourceIds { get; init; }
}
