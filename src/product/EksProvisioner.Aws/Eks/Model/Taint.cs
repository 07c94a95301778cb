namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>Taint</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record Taint
{
    public string? Key { get; init; }

    public string? Value { get; init; }

    public string? Effect { get; init; }
}
