namespace EksProvisioner.Aws.Iam;

/// <summary>The input of IAM GetRolePolicy (botocore model iam 2010-05-08).</summary>
public sealed record GetRolePolicyRequest
{
    public string? RoleName { get; init; }

    public string? PolicyName { get; init; }
}
