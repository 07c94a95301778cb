namespace EksProvisioner.Core.Contract;

/// <summary>An EKS add-on, such as vpc-cni or coredns.</summary>
/// <param name="Version">Add-on version such as v1.19.0-eksbuild.1, or null for the EKS default.</param>
public sealed record AddonSpec(string Name, string? Version);
