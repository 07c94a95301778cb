namespace EksProvisioner.Aws.Iam;

/// <summary>The output of IAM GetRolePolicy (botocore model iam 2010-05-08).</summary>
public sealed record GetRolePolicyResponse
{
    public string? RoleName { get; init; }

    public string? PolicyName { get; init; }

    /// <summary>URL-encoded, as IAM sends every policy document.</summary>
    public string? PolicyDocument { get; init; }
}
