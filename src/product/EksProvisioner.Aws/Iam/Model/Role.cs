namespace EksProvisioner.Aws.Iam;

/// <summary>The IAM <c>Role</c> shape (botocore model iam 2010-05-08).</summary>
public sealed record Role
{
    public string? Path { get; init; }

    public string? RoleName { get; init; }

    public string? RoleId { get; init; }

    public string? Arn { get; init; }

    public DateTimeOffset? CreateDate { get; init; }

    public string? AssumeRolePolicyDocument { get; init; }

    public string? Description { get; init; }

    public int? MaxSessionDuration { get; init; }

    public AttachedPermissionsBoundary? PermissionsBoundary { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }

    public RoleLastUsed? RoleLastUsed { get; init; }
}
