namespace EksProvisioner.Workflow.Support;

/// <summary>
/// Poll intervals of the waiting teardown phases, from typical deletion times (add-on seconds, Fargate
/// profile 1-2 min, node group 5-10 min, cluster 5-15 min, NAT gateway about a minute): short enough to
/// lose little time, long enough to spend few state transitions.
/// </summary>
public static class TeardownWaits
{
    public const int AddonSeconds = 15;

    /// <summary>Between checks whether Kubernetes has deleted its load balancers.</summary>
    public const int LoadBalancerSeconds = 15;

    /// <summary>How many checks (about 5 minutes) Kubernetes gets before teardown deletes the load balancers itself.</summary>
    public const int KubernetesPasses = 20;
    public const int FargateProfileSeconds = 30;
    public const int NodegroupSeconds = 60;
    public const int ClusterSeconds = 60;
    public const int NatGatewaySeconds = 30;

    /// <summary>Between passes of a phase that AWS refused something (DependencyViolation): interfaces and load balancers take minutes to go.</summary>
    public const int DependencySeconds = 60;

    /// <summary>Passes before a phase gives up on what AWS still refuses and lets VerifyTeardown report it.</summary>
    public const int DependencyPasses = 8;
}
