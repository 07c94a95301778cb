namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>AccessScope</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record AccessScope
{
    public string? Type { get; init; }

    public IReadOnlyList<string>? Namespaces { get; init; }
}
