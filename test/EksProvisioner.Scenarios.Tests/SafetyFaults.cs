using EksProvisioner.AwsSimulator.Faults;

namespace EksProvisioner.Scenarios.Tests;

/// <summary>Fault rules of the rollback-safety scenarios, stated once.</summary>
internal static class SafetyFaults
{
    /// <summary>CreateNodegroup refused for quota: on <paramref name="call"/> only, or on every call.</summary>
    public static FaultRule NodegroupQuota(int? call = null) => new()
    {
        Service = "eks",
        Operation = "CreateNodegroup",
        Call = call,
        Error = new FaultError { Code = "ResourceLimitExceededException", Message = "node group quota" },
    };

    /// <summary>
    /// DeleteSubnet refused with DependencyViolation for one subnet, always: the first call of a teardown's
    /// first pass (one subnet; the others of that pass go), and every call after that pass (only that subnet
    /// is left to retry). <paramref name="subnets"/> is how many subnets the first pass deletes.
    /// </summary>
    public static IEnumerable<FaultRule> OneSubnetInUse(int subnets) =>
        new[] { 1 }.Concat(Enumerable.Range(subnets + 1, 60)).Select(call => new FaultRule
        {
            Service = "ec2",
            Operation = "DeleteSubnet",
            Call = call,
            Error = new FaultError { Code = "DependencyViolation", Message = "The subnet has dependencies and cannot be deleted." },
        });
}
