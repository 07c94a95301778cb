namespace EksProvisioner.Aws.Iam;

/// <summary>The IAM <c>Tag</c> shape (botocore model iam 2010-05-08).</summary>
public sealed record Tag
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}
