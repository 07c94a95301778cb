namespace EksProvisioner.Core.Contract;

/// <summary>EKS control plane log types (the EKS LogType enum).</summary>
public static class ControlPlaneLogTypes
{
    public static IReadOnlyList<string> All { get; } =
        ["api", "audit", "authenticator", "controllerManager", "scheduler"];
}
