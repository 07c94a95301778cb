namespace EksProvisioner.Aws.Iam;

/// <summary>The output of IAM ListRoleTags (botocore model iam 2010-05-08).</summary>
public sealed record ListRoleTagsResponse : IMarkedPage
{
    public IReadOnlyList<Tag>? Tags { get; init; }

    public bool? IsTruncated { get; init; }

    public string? Marker { get; init; }
}
