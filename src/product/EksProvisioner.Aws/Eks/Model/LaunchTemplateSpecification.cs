namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>LaunchTemplateSpecification</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record LaunchTemplateSpecification
{
    public string? Name { get; init; }

    public string? Version { get; init; }

    public string? Id { get; init; }
}
