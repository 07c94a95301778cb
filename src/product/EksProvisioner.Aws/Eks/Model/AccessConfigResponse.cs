namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS AccessConfig (botocore model eks 2017-11-01).</summary>
public sealed record AccessConfigResponse
{
    public bool? BootstrapClusterCreatorAdminPermissions { get; init; }

    public string? AuthenticationMode { get; init; }
}
