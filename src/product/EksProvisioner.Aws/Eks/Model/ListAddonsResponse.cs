namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS ListAddons (botocore model eks 2017-11-01).</summary>
public sealed record ListAddonsResponse
{
    public IReadOnlyList<string>? Addons { get; init; }

    public string? NextToken { get; init; }
}
