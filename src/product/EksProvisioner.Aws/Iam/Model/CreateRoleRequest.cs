namespace EksProvisioner.Aws.Iam;

/// <summary>The input of IAM CreateRole (botocore model iam 2010-05-08).</summary>
public sealed record CreateRoleRequest
{
    public string? Path { get; init; }

    public string? RoleName { get; init; }

    public string? AssumeRolePolicyDocument { get; init; }

    public string? Description { get; init; }

    public int? MaxSessionDuration { get; init; }

    public string? PermissionsBoundary { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }
}
