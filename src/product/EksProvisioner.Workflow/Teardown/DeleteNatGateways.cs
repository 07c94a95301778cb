using Amazon.EC2;
using Amazon.EC2.Model;
using EksProvisioner.Aws;
using EksProvisioner.Aws.Ec2;
using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Teardown;

/// <summary>
/// Teardown phase DeleteNatGateways: removes leftover detached network interfaces in the VPCs in the
/// teardown's scope, deletes its NAT gateways, and reports done when every one is deleted.
/// </summary>
public sealed class DeleteNatGateways(IEc2Client ec2)
{
    public async Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ct = cancellationToken;
        var scope = TeardownScope.Of(input);
        var deleted = new List<string>();
        foreach (var vpc in await NetworkFinder.VpcsAsync(ec2, scope.Ec2Filters(), ct))
        {
            deleted.AddRange(await DeleteDetachedInterfacesAsync(ec2, vpc.VpcId, ct));
        }

        var live = await NetworkFinder.LiveNatGatewaysAsync(ec2, scope.Ec2Filters(), ct);
        foreach (var nat in live.Where(n => n.State != NatGatewayState.Deleting))
        {
            if (await AwsIdioms.DeleteIfExistsAsync(c => ec2.DeleteNatGatewayAsync(new DeleteNatGatewayRequest { NatGatewayId = nat.NatGatewayId }, c), ct))
            {
                deleted.Add(TeardownItems.Describe("nat-gateway", nat.NatGatewayId));
            }
        }

        return live.Count == 0
            ? new PhaseResult(true, 0, TeardownItems.Merge(input.Deleted, deleted))
            : new PhaseResult(false, TeardownWaits.NatGatewaySeconds, TeardownItems.Merge(input.Deleted, deleted));
    }

    /// <summary>
    /// Deletes the VPC's network interfaces that nothing uses any more (EKS and load balancers leave
    /// them behind for a while); interfaces still in use belong to something that is going away.
    /// </summary>
    internal static async Task<List<string>> DeleteDetachedInterfacesAsync(IEc2Client ec2, string vpcId, CancellationToken ct)
    {
        var deleted = new List<string>();
        foreach (var eni in await NetworkFinder.NetworkInterfacesInVpcAsync(ec2, vpcId, ct))
        {
            if (eni.Status != NetworkInterfaceStatus.Available)
            {
                continue;
            }

            try
            {
                if (await AwsIdioms.DeleteIfExistsAsync(
                    c => ec2.DeleteNetworkInterfaceAsync(new DeleteNetworkInterfaceRequest { NetworkInterfaceId = eni.NetworkInterfaceId }, c), ct))
                {
                    deleted.Add(TeardownItems.Describe("network-interface", eni.NetworkInterfaceId));
                }
            }
            catch (DependencyStillPresentException)
            {
                // Attached again between describe and delete: its owner removes it; the VPC delete retries.
            }
        }

        return deleted;
    }
}
