namespace EksProvisioner.Aws.Iam;

/// <summary>The input of IAM ListAttachedRolePolicies (botocore model iam 2010-05-08).</summary>
public sealed record ListAttachedRolePoliciesRequest
{
    public string? RoleName { get; init; }

    public string? PathPrefix { get; init; }

    public string? Marker { get; init; }

    public int? MaxItems { get; init; }
}
