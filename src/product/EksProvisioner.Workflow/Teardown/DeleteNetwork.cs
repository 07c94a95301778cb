using Amazon.EC2.Model;
using EksProvisioner.Aws;
using EksProvisioner.Aws.Ec2;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Teardown;

/// <summary>
/// Teardown phase DeleteNetwork: Elastic IPs, internet gateways (detach, delete), leftover interfaces,
/// subnets, route tables (associations first), security groups, then the VPCs, all found by the
/// environment's tag; inside our own VPC every non-default security group goes too. A dependency AWS
/// still reports surfaces as DependencyStillPresentException, which the state machine retries.
/// </summary>
public sealed class DeleteNetwork(IEc2Client ec2)
{
    public async Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var env = input.EnvironmentName;
        var ct = cancellationToken;
        var deleted = new List<string>();

        async Task Delete(string type, string id, Func<CancellationToken, Task> delete)
        {
            if (await AwsIdioms.DeleteIfExistsAsync(delete, ct))
            {
                deleted.Add(TeardownItems.Describe(type, id));
            }
        }

        foreach (var address in await NetworkFinder.AddressesAsync(ec2, env, null, ct))
        {
            await Delete("elastic-ip", address.AllocationId, c => ec2.ReleaseAddressAsync(new ReleaseAddressRequest { AllocationId = address.AllocationId }, c));
        }

        foreach (var gateway in await NetworkFinder.InternetGatewaysAsync(ec2, env, null, ct))
        {
            foreach (var attachment in (gateway.Attachments ?? []).ToList())
            {
                await AwsIdioms.DeleteIfExistsAsync(
                    c => ec2.DetachInternetGatewayAsync(new DetachInternetGatewayRequest { InternetGatewayId = gateway.InternetGatewayId, VpcId = attachment.VpcId }, c), ct);
            }

            await Delete("internet-gateway", gateway.InternetGatewayId, c => ec2.DeleteInternetGatewayAsync(new DeleteInternetGatewayRequest { InternetGatewayId = gateway.InternetGatewayId }, c));
        }

        var vpcs = await NetworkFinder.VpcsAsync(ec2, env, null, ct);
        foreach (var vpc in vpcs)
        {
            deleted.AddRange(await DeleteNatGateways.DeleteDetachedInterfacesAsync(ec2, vpc.VpcId, ct));
        }

        foreach (var subnet in await NetworkFinder.SubnetsAsync(ec2, env, null, ct))
        {
            await Delete("subnet", subnet.SubnetId, c => ec2.DeleteSubnetAsync(new DeleteSubnetRequest { SubnetId = subnet.SubnetId }, c));
        }

        foreach (var table in await NetworkFinder.RouteTablesAsync(ec2, env, null, ct))
        {
            foreach (var association in (table.Associations ?? []).Where(a => a.Main != true).ToList())
            {
                await AwsIdioms.DeleteIfExistsAsync(
                    c => ec2.DisassociateRouteTableAsync(new DisassociateRouteTableRequest { AssociationId = association.RouteTableAssociationId }, c), ct);
            }

            await Delete("route-table", table.RouteTableId, c => ec2.DeleteRouteTableAsync(new DeleteRouteTableRequest { RouteTableId = table.RouteTableId }, c));
        }

        var groups = new Dictionary<string, SecurityGroup>(StringComparer.Ordinal);
        foreach (var group in await NetworkFinder.SecurityGroupsAsync(ec2, env, null, ct))
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
            await Delete("security-group", group.GroupId, c => ec2.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = group.GroupId }, c));
        }

        foreach (var vpc in vpcs)
        {
            await Delete("vpc", vpc.VpcId, c => ec2.DeleteVpcAsync(new DeleteVpcRequest { VpcId = vpc.VpcId }, c));
        }

        return new PhaseResult(true, 0, TeardownItems.Merge(input.Deleted, deleted));
    }
}
