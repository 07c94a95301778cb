namespace EksProvisioner.Aws.Iam;

/// <summary>The IAM <c>AttachedPermissionsBoundary</c> shape (botocore model iam 2010-05-08).</summary>
public sealed record AttachedPermissionsBoundary
{
    public string? PermissionsBoundaryType { get; init; }

    public string? PermissionsBoundaryArn { get; init; }
}
