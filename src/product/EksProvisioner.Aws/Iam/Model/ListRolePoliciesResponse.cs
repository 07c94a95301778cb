namespace EksProvisioner.Aws.Iam;

/// <summary>The output of IAM ListRolePolicies (botocore model iam 2010-05-08).</summary>
public sealed record ListRolePoliciesResponse : IMarkedPage
{
    public IReadOnlyList<string>? PolicyNames { get; init; }

    public bool? IsTruncated { get; init; }

    public string? Marker { get; init; }
}
