namespace EksProvisioner.Aws.Iam;

/// <summary>The input of IAM ListRoleTags (botocore model iam 2010-05-08).</summary>
public sealed record ListRoleTagsRequest
{
    public string? RoleName { get; init; }

    public string? Marker { get; init; }

    public int? MaxItems { get; init; }
}
