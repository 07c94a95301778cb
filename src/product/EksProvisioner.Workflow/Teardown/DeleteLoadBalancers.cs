using EksProvisioner.Aws.ElasticLoadBalancing;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Teardown;

/// <summary>
/// Teardown phase DeleteLoadBalancers, first of all (while the cluster, its nodes and access entries still
/// serve the Kubernetes API): deletes every LoadBalancer Service and Ingress through the API and waits for
/// their load balancers to go, as eksctl does. Load balancers still tagged for the cluster after
/// <see cref="TeardownWaits.KubernetesPasses"/> passes, or at once when the API cannot be reached, are
/// deleted directly, then their target groups. Their interfaces linger a minute; DeleteNetwork's passes
/// wait for them, and it deletes the security groups they leave in the VPC.
/// </summary>
public sealed class DeleteLoadBalancers(IEksClient eks, IElbv2Client elb, IKubernetesCleanup kubernetes, NameScope scope)
{
    public async Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ct = cancellationToken;
        var cluster = await EksOwnership.OwnedClusterAsync(eks, scope.For(input.EnvironmentName), TeardownScope.Of(input), ct);
        if (cluster?.Name is not { } name)
        {
            return ClusterChildren.Done(input);
        }

        var reachable = input.Pass < TeardownWaits.KubernetesPasses
            && await kubernetes.DeleteLoadBalancedObjectsAsync(new KubernetesCluster(name, cluster.Endpoint, cluster.CertificateAuthority?.Data), ct);
        var balancers = await LoadBalancerFinder.LoadBalancersAsync(elb, name, ct);
        if (reachable && balancers.Count > 0)
        {
            // Kubernetes is deleting them; its controller also removes their target groups and security groups.
            return new PhaseResult(false, TeardownWaits.LoadBalancerSeconds, TeardownItems.Merge(input.Deleted, []), null, input.Pass + 1);
        }

        var pass = new TeardownPass(input, ct);
        foreach (var lb in balancers)
        {
            await pass.DeleteAsync("load-balancer", lb.LoadBalancerArn!, c => elb.DeleteLoadBalancerAsync(new DeleteLoadBalancerRequest { LoadBalancerArn = lb.LoadBalancerArn }, c));
        }

        foreach (var group in await LoadBalancerFinder.TargetGroupsAsync(elb, name, ct))
        {
            await pass.DeleteAsync("target-group", group.TargetGroupArn!, c => elb.DeleteTargetGroupAsync(new DeleteTargetGroupRequest { TargetGroupArn = group.TargetGroupArn }, c));
        }

        return pass.Result();
    }
}
