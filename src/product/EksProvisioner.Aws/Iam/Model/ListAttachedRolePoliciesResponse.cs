namespace EksProvisioner.Aws.Iam;

/// <summary>The output of IAM ListAttachedRolePolicies (botocore model iam 2010-05-08).</summary>
public sealed record ListAttachedRolePoliciesResponse : IMarkedPage
{
    public IReadOnlyList<AttachedPolicy>? AttachedPolicies { get; init; }

    public bool? IsTruncated { get; init; }

    public string? Marker { get; init; }
}
