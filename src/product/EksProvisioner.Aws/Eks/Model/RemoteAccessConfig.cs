namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>RemoteAccessConfig</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record RemoteAccessConfig
{
    public string? Ec2SshKey { get; init; }

    public IReadOnlyList<string>? SourceSecurityGroups { get; init; }
}
