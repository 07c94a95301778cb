namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>FargateProfileSelector</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record FargateProfileSelector
{
    public string? Namespace { get; init; }

    public IReadOnlyDictionary<string, string>? Labels { get; init; }
}
