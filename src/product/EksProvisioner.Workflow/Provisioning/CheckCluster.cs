using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Planning;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// Stage CheckCluster: done when the cluster is ACTIVE (with its endpoint and certificate); otherwise
/// the wait until the expected ready time. FAILED (or a cluster being deleted) ends in
/// ResourceFailedException with EKS's health issues; past the budget, WaitBudgetExhaustedException.
/// </summary>
public sealed class CheckCluster(IEksClient eks, TimeProvider timeProvider)
{
    public async Task<ClusterInfo> RunAsync(CheckClusterInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var known = input.Cluster;
        var cluster = StageError.Required(
            (await eks.DescribeClusterAsync(new DescribeClusterRequest { Name = known.Name }, cancellationToken)).Cluster, "the cluster");
        var status = cluster.Status ?? "CREATING";
        var createdAt = cluster.CreatedAt ?? known.CreatedAt;
        var current = known with
        {
            Status = status,
            Endpoint = cluster.Endpoint ?? known.Endpoint,
            CertificateAuthorityData = cluster.CertificateAuthority?.Data ?? known.CertificateAuthorityData,
            CreatedAt = createdAt,
        };
        switch (status)
        {
            case "ACTIVE":
                return current with { Done = true, WaitSeconds = 0 };
            case "FAILED" or "DELETING":
                throw new ResourceFailedException(
                    $"EKS cluster {known.Name} is {status}: {EksOwnership.Issues(cluster.Health?.Issues?.Select(i => (i.Code, i.Message)))}");
            default:
                var wait = WaitMath.NextWaitSeconds(
                    LatencyTable.For(ResourceTypes.Cluster), createdAt, timeProvider.GetUtcNow(), $"EKS cluster {known.Name} ({status})", input.Environment.ProvisioningDeadline);
                return current with { Done = false, WaitSeconds = wait };
        }
    }
}
