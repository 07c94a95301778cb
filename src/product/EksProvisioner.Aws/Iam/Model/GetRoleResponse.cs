namespace EksProvisioner.Aws.Iam;

/// <summary>The output of IAM GetRole (botocore model iam 2010-05-08).</summary>
public sealed record GetRoleResponse
{
    public Role? Role { get; init; }
}
