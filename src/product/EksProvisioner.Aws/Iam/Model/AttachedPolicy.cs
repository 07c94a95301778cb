namespace EksProvisioner.Aws.Iam;

/// <summary>The IAM <c>AttachedPolicy</c> shape (botocore model iam 2010-05-08).</summary>
public sealed record AttachedPolicy
{
    public string? PolicyName { get; init; }

    public string? PolicyArn { get; init; }
}
