namespace EksProvisioner.Aws.Iam;

/// <summary>The input of IAM GetRole (botocore model iam 2010-05-08).</summary>
public sealed record GetRoleRequest
{
    public string? RoleName { get; init; }
}
