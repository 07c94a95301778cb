namespace EksProvisioner.Aws.Iam;

/// <summary>The input of IAM TagRole (botocore model iam 2010-05-08).</summary>
public sealed record TagRoleRequest
{
    public string? RoleName { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }
}
