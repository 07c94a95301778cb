namespace EksProvisioner.Aws.Eks;

/// <summary>The input of EKS CreateAccessConfig (botocore model eks 2017-11-01).</summary>
public sealed record CreateAccessConfigRequest
{
    public bool? BootstrapClusterCreatorAdminPermissions { get; init; }

    public string? AuthenticationMode { get; init; }
}
