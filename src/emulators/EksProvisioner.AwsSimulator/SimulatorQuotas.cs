namespace EksProvisioner.AwsSimulator;

/// <summary>
/// Service quotas of the simulated account, with the defaults of a new AWS account (Service Quotas
/// console, 2025). EC2's quotas live in the EC2 service's own record.
/// </summary>
public sealed record SimulatorQuotas
{
    /// <summary>EKS "Clusters" per region (L-1194D53C).</summary>
    public int EksClustersPerRegion { get; init; } = 100;

    /// <summary>EKS "Managed node groups per cluster" (L-6D54EA21).</summary>
    public int NodegroupsPerCluster { get; init; } = 30;

    /// <summary>EKS "Fargate profiles per cluster" (L-3A1E1DAE).</summary>
    public int FargateProfilesPerCluster { get; init; } = 10;

    /// <summary>IAM "Roles per account" (L-FE177D64).</summary>
    public int IamRolesPerAccount { get; init; } = 1000;

    /// <summary>IAM "Managed policies per role" (L-0DA4ABF3).</summary>
    public int ManagedPoliciesPerRole { get; init; } = 10;

    /// <summary>The defaults.</summary>
    public static SimulatorQuotas Default { get; } = new();
}
