namespace EksProvisioner.Aws.Iam;

/// <summary>The output of IAM CreateRole (botocore model iam 2010-05-08).</summary>
public sealed record CreateRoleResponse
{
    public Role? Role { get; init; }
}
