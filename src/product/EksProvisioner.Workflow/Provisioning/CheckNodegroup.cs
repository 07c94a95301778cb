using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Planning;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// Stage CheckNodegroup: done when ACTIVE; CREATE_FAILED, DEGRADED or DELETING end in
/// ResourceFailedException with the health issues (NodeCreationFailure and the like).
/// </summary>
public sealed class CheckNodegroup(IEksClient eks, TimeProvider timeProvider)
{
    public async Task<WaitedResource> RunAsync(CheckWaitedInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var known = input.Created;
        var nodegroup = StageError.Required(
            (await eks.DescribeNodegroupAsync(new DescribeNodegroupRequest { ClusterName = known.ClusterName, NodegroupName = known.Name }, cancellationToken)).Nodegroup,
            "the node group");
        var status = nodegroup.Status ?? "CREATING";
        var current = known with { Status = status, CreatedAt = nodegroup.CreatedAt ?? known.CreatedAt };
        return status switch
        {
            "ACTIVE" => current with { Done = true, WaitSeconds = 0 },
            "CREATE_FAILED" or "DEGRADED" or "DELETING" or "DELETE_FAILED" => throw new ResourceFailedException(
                $"node group {known.Name} of cluster {known.ClusterName} is {status}: {EksOwnership.Issues(nodegroup.Health?.Issues?.Select(i => (i.Code, i.Message)))}"),
            _ => current with
            {
                Done = false,
                WaitSeconds = WaitMath.NextWaitSeconds(
                    LatencyTable.For(ResourceTypes.Nodegroup), current.CreatedAt, timeProvider.GetUtcNow(), $"node group {known.Name} ({status})", input.Environment.ProvisioningDeadline),
            },
        };
    }
}
