namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>Update</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record Update
{
    public string? Id { get; init; }

    public string? Status { get; init; }

    public string? Type { get; init; }

    public IReadOnlyList<UpdateParam>? Params { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public IReadOnlyList<ErrorDetail>? Errors { get; init; }
}
