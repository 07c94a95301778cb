using Amazon.EC2.Model;
using EksProvisioner.Aws;
using EksProvisioner.Aws.Ec2;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Teardown;

/// <summary>
/// Teardown phase DeleteNetwork: Elastic IPs, internet gateways (detach, delete), leftover interfaces,
/// subnets, route tables (associations first), security groups, then the VPCs, all found by the
/// teardown's scope; inside our own VPC every non-default security group goes too. What AWS refuses
/// (DependencyViolation) blocks only that resource: the pass deletes everything else and asks for
/// another pass (see <see cref="TeardownPass"/>).
/// </summary>
public sealed class DeleteNetwork(IEc2Client ec2)
{
    public async Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var scope = TeardownScope.Of(input);
        var ct = cancellationToken;
        var pass = new TeardownPass(input, ct);

        foreach (var address in await NetworkFinder.AddressesAsync(ec2, scope.Ec2Filters(), ct))
        {
            await pass.DeleteAsync("elastic-ip", address.AllocationId, c => ec2.ReleaseAddressAsync(new ReleaseAddressRequest { AllocationId = address.AllocationId }, c));
        }

        foreach (var gateway in await NetworkFinder.InternetGatewaysAsync(ec2, scope.Ec2Filters(), ct))
        {
            await pass.DeleteAsync("internet-gateway", gateway.InternetGatewayId, async c =>
            {
                foreach (var attachment in (gateway.Attachments ?? []).ToList())
                {
                    await AwsIdioms.DeleteIfExistsAsync(
                        d => ec2.DetachInternetGatewayAsync(new DetachInternetGatewayRequest { InternetGatewayId = gateway.InternetGatewayId, VpcId = attachment.VpcId }, d), c);
                }

                await ec2.DeleteInternetGatewayAsync(new DeleteInternetGatewayRequest { InternetGatewayId = gateway.InternetGatewayId }, c);
            });
        }

        var vpcs = await NetworkFinder.VpcsAsync(ec2, scope.Ec2Filters(), ct);
        foreach (var vpc in vpcs)
        {
            pass.Deleted(await DeleteNatGateways.DeleteDetachedInterfacesAsync(ec2, vpc.VpcId, ct));
        }

        foreach (var subnet in await NetworkFinder.SubnetsAsync(ec2, scope.Ec2Filters(), ct))
        {
            await pass.DeleteAsync("subnet", subnet.SubnetId, c => ec2.DeleteSubnetAsync(new DeleteSubnetRequest { SubnetId = subnet.SubnetId }, c));
        }

        foreach (var table in await NetworkFinder.RouteTablesAsync(ec2, scope.Ec2Filters(), ct))
        {
            await pass.DeleteAsync("route-table", table.RouteTableId, async c =>
            {
                foreach (var association in (table.Associations ?? []).Where(a => a.Main != true).ToList())
                {
                    await AwsIdioms.DeleteIfExistsAsync(
                        d => ec2.DisassociateRouteTableAsync(new DisassociateRouteTableRequest { AssociationId = association.RouteTableAssociationId }, d), c);
                }

                await ec2.DeleteRouteTableAsync(new DeleteRouteTableRequest { RouteTableId = table.RouteTableId }, c);
            });
        }

        var groups = new Dictionary<string, SecurityGroup>(StringComparer.Ordinal);
        foreach (var group in await NetworkFinder.SecurityGroupsAsync(ec2, scope.Ec2Filters(), ct))
        {
            groups[group.GroupId] = group;
        }

        foreach (var vpc in vpcs)
        {
            var inVpc = (await ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { Filters = [new Filter("vpc-id", [vpc.VpcId])] }, ct)).SecurityGroups ?? [];
            foreach (var group in inVpc.Where(g => g.GroupName != "default"))
            {
                groups[group.GroupId] = group;
            }
        }

        foreach (var group in groups.Values)
        {
            await pass.DeleteAsync("security-group", group.GroupId, c => ec2.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = group.GroupId }, c));
        }

        foreach (var vpc in vpcs)
        {
            await pass.DeleteAsync("vpc", vpc.VpcId, c => ec2.DeleteVpcAsync(new DeleteVpcRequest { VpcId = vpc.VpcId }, c));
        }

        return pass.Result();
    }
}
