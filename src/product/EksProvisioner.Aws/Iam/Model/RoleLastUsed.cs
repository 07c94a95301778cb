namespace EksProvisioner.Aws.Iam;

/// <summary>The IAM <c>RoleLastUsed</c> shape (botocore model iam 2010-05-08).</summary>
public sealed record RoleLastUsed
{
    public DateTimeOffset? LastUsedDate { get; init; }

    public string? Region { get; init; }
}
