namespace EksProvisioner.Aws.Iam;

/// <summary>The input of IAM DeleteRolePolicy (botocore model iam 2010-05-08).</summary>
public sealed record DeleteRolePolicyRequest
{
    public string? RoleName { get; init; }

    public string? PolicyName { get; init; }
}
