using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Teardown;

/// <summary>
/// Teardown phases DeleteAccessAndAddons (<see cref="ClusterChild.Addons"/>) and DeleteNodegroups
/// (<see cref="ClusterChild.Nodegroups"/>): asks EKS to delete every child of that kind of the
/// environment's cluster and reports done when none is left. A child EKS will not delete yet (still
/// creating) is asked again on the next pass.
/// </summary>
public sealed class DeleteClusterChildren(IEksClient eks, ClusterChild kind, NameScope scope)
{
    public Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken = default) =>
        ClusterChildren.DeleteAllAsync(eks, scope, input, kind, cancellationToken);
}
