namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>UpdateParam</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record UpdateParam
{
    public string? Type { get; init; }

    public string? Value { get; init; }
}
