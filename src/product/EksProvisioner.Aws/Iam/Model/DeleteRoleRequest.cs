namespace EksProvisioner.Aws.Iam;

/// <summary>The input of IAM DeleteRole (botocore model iam 2010-05-08).</summary>
public sealed record DeleteRoleRequest
{
    public string? RoleName { get; init; }
}
