namespace EksProvisioner.Aws.Iam;

/// <summary>The input of IAM PutRolePolicy (botocore model iam 2010-05-08).</summary>
public sealed record PutRolePolicyRequest
{
    public string? RoleName { get; init; }

    public string? PolicyName { get; init; }

    public string? PolicyDocument { get; init; }
}
