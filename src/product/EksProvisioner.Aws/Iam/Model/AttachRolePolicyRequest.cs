namespace EksProvisioner.Aws.Iam;

/// <summary>The input of IAM AttachRolePolicy (botocore model iam 2010-05-08).</summary>
public sealed record AttachRolePolicyRequest
{
    public string? RoleName { get; init; }

    public string? PolicyArn { get; init; }
}
