using Amazon.EC2;
using Amazon.EC2.Model;
using EksProvisioner.Core.Errors;

namespace EksProvisioner.Workflow.Tests.Fakes;

/// <summary>VPCs, subnets, internet gateways and security groups of <see cref="FakeEc2"/>.</summary>
internal sealed partial class FakeEc2
{
    public Task<CreateVpcResponse> CreateVpcAsync(CreateVpcRequest request, CancellationToken cancellationToken = default)
    {
        var vpc = new Vpc { VpcId = NewId("vpc"), CidrBlock = request.CidrBlock, State = VpcState.Available, Tags = TagsOf(request.TagSpecifications, ResourceType.Vpc) };
        Vpcs[vpc.VpcId] = vpc;
        VpcDns[vpc.VpcId] = (true, false);
        var sg = new SecurityGroup { GroupId = NewId("sg"), GroupName = "default", VpcId = vpc.VpcId, Tags = [] };
        SecurityGroups[sg.GroupId] = sg;
        var main = new RouteTable { RouteTableId = NewId("rtb"), VpcId = vpc.VpcId, Tags = [], Routes = [], Associations = [new RouteTableAssociation { Main = true, RouteTableAssociationId = NewId("rtbassoc") }] };
        RouteTables[main.RouteTableId] = main;
        Calls.Add("CreateVpc " + vpc.VpcId);
        return Task.FromResult(new CreateVpcResponse { Vpc = vpc });
    }

    public Task<DescribeVpcsResponse> DescribeVpcsAsync(DescribeVpcsRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DescribeVpcsResponse
        {
            Vpcs = Match(Vpcs.Values.Where(v => request.VpcIds is not { Count: > 0 } || request.VpcIds.Contains(v.VpcId)), request.Filters, v => v.Tags, (v, f) => f == "vpc-id" ? [v.VpcId] : null),
        });

    public Task<ModifyVpcAttributeResponse> ModifyVpcAttributeAsync(ModifyVpcAttributeRequest request, CancellationToken cancellationToken = default)
    {
        var dns = VpcDns[Get(Vpcs, request.VpcId, "InvalidVpcID.NotFound").VpcId];
        VpcDns[request.VpcId] = (request.EnableDnsSupport ?? dns.Support, request.EnableDnsHostnames ?? dns.Hostnames);
        return Task.FromResult(new ModifyVpcAttributeResponse());
    }

    public Task<DeleteVpcResponse> DeleteVpcAsync(DeleteVpcRequest request, CancellationToken cancellationToken = default)
    {
        var vpc = Get(Vpcs, request.VpcId, "InvalidVpcID.NotFound");
        if (Subnets.Values.Any(s => s.VpcId == vpc.VpcId)
            || InternetGateways.Values.Any(g => (g.Attachments ?? []).Any(a => a.VpcId == vpc.VpcId))
            || RouteTables.Values.Any(t => t.VpcId == vpc.VpcId && !(t.Associations ?? []).Any(a => a.Main == true))
            || SecurityGroups.Values.Any(g => g.VpcId == vpc.VpcId && g.GroupName != "default"))
        {
            throw new DependencyStillPresentException($"DependencyViolation: The vpc '{vpc.VpcId}' has dependencies and cannot be deleted.");
        }

        Vpcs.Remove(vpc.VpcId);
        foreach (var leftover in SecurityGroups.Values.Where(g => g.VpcId == vpc.VpcId).Select(g => g.GroupId).ToList())
        {
            SecurityGroups.Remove(leftover);
        }

        foreach (var leftover in RouteTables.Values.Where(t => t.VpcId == vpc.VpcId).Select(t => t.RouteTableId).ToList())
        {
            RouteTables.Remove(leftover);
        }

        Calls.Add("DeleteVpc " + vpc.VpcId);
        return Task.FromResult(new DeleteVpcResponse());
    }

    public Task<CreateSubnetResponse> CreateSubnetAsync(CreateSubnetRequest request, CancellationToken cancellationToken = default)
    {
        Get(Vpcs, request.VpcId, "InvalidVpcID.NotFound");
        var subnet = new Subnet
        {
            SubnetId = NewId("subnet"),
            VpcId = request.VpcId,
            CidrBlock = request.CidrBlock,
            AvailabilityZone = request.AvailabilityZone,
            MapPublicIpOnLaunch = false,
            Tags = TagsOf(request.TagSpecifications, ResourceType.Subnet),
        };
        Subnets[subnet.SubnetId] = subnet;
        Calls.Add("CreateSubnet " + subnet.SubnetId);
        return Task.FromResult(new CreateSubnetResponse { Subnet = subnet });
    }

    public Task<DescribeSubnetsResponse> DescribeSubnetsAsync(DescribeSubnetsRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DescribeSubnetsResponse { Subnets = Match(Subnets.Values, request.Filters, s => s.Tags, (s, f) => f == "vpc-id" ? [s.VpcId] : null) });

    public Task<ModifySubnetAttributeResponse> ModifySubnetAttributeAsync(ModifySubnetAttributeRequest request, CancellationToken cancellationToken = default)
    {
        var subnet = Get(Subnets, request.SubnetId, "InvalidSubnetID.NotFound");
        subnet.MapPublicIpOnLaunch = request.MapPublicIpOnLaunch ?? subnet.MapPublicIpOnLaunch;
        return Task.FromResult(new ModifySubnetAttributeResponse());
    }

    public Task<DeleteSubnetResponse> DeleteSubnetAsync(DeleteSubnetRequest request, CancellationToken cancellationToken = default)
    {
        var subnet = Get(Subnets, request.SubnetId, "InvalidSubnetID.NotFound");
        if (NetworkInterfaces.Values.Any(n => n.SubnetId == subnet.SubnetId)
            || NatGateways.Values.Any(n => n.SubnetId == subnet.SubnetId && n.State != NatGatewayState.Deleted))
        {
            throw new DependencyStillPresentException($"DependencyViolation: The subnet '{subnet.SubnetId}' has dependencies and cannot be deleted.");
        }

        Subnets.Remove(subnet.SubnetId);
        foreach (var table in RouteTables.Values)
        {
            table.Associations?.RemoveAll(a => a.SubnetId == subnet.SubnetId);
        }

        Calls.Add("DeleteSubnet " + subnet.SubnetId);
        return Task.FromResult(new DeleteSubnetResponse());
    }

    public Task<CreateInternetGatewayResponse> CreateInternetGatewayAsync(CreateInternetGatewayRequest request, CancellationToken cancellationToken = default)
    {
        var gateway = new InternetGateway { InternetGatewayId = NewId("igw"), Attachments = [], Tags = TagsOf(request.TagSpecifications, ResourceType.InternetGateway) };
        InternetGateways[gateway.InternetGatewayId] = gateway;
        Calls.Add("CreateInternetGateway " + gateway.InternetGatewayId);
        return Task.FromResult(new CreateInternetGatewayResponse { InternetGateway = gateway });
    }

    public Task<DescribeInternetGatewaysResponse> DescribeInternetGatewaysAsync(DescribeInternetGatewaysRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DescribeInternetGatewaysResponse
        {
            InternetGateways = Match(InternetGateways.Values, request.Filters, g => g.Tags, (g, f) => f == "attachment.vpc-id" ? (g.Attachments ?? []).Select(a => a.VpcId) : null),
        });

    public Task<AttachInternetGatewayResponse> AttachInternetGatewayAsync(AttachInternetGatewayRequest request, CancellationToken cancellationToken = default)
    {
        var gateway = Get(InternetGateways, request.InternetGatewayId, "InvalidInternetGatewayID.NotFound");
        Get(Vpcs, request.VpcId, "InvalidVpcID.NotFound");
        if (gateway.Attachments.Count > 0)
        {
            throw new AwsRequestFailedException("Resource.AlreadyAssociated: the gateway is already attached") { AwsErrorCode = "Resource.AlreadyAssociated" };
        }

        gateway.Attachments.Add(new InternetGatewayAttachment { VpcId = request.VpcId, State = AttachmentStatus.Attached });
        Calls.Add("AttachInternetGateway " + gateway.InternetGatewayId);
        return Task.FromResult(new AttachInternetGatewayResponse());
    }

    public Task<DetachInternetGatewayResponse> DetachInternetGatewayAsync(DetachInternetGatewayRequest request, CancellationToken cancellationToken = default)
    {
        var gateway = Get(InternetGateways, request.InternetGatewayId, "InvalidInternetGatewayID.NotFound");
        gateway.Attachments.RemoveAll(a => a.VpcId == request.VpcId);
        Calls.Add("DetachInternetGateway " + gateway.InternetGatewayId);
        return Task.FromResult(new DetachInternetGatewayResponse());
    }

    public Task<DeleteInternetGatewayResponse> DeleteInternetGatewayAsync(DeleteInternetGatewayRequest request, CancellationToken cancellationToken = default)
    {
        var gateway = Get(InternetGateways, request.InternetGatewayId, "InvalidInternetGatewayID.NotFound");
        if (gateway.Attachments.Count > 0)
        {
            throw new DependencyStillPresentException($"DependencyViolation: The internetGateway '{gateway.InternetGatewayId}' has dependencies and cannot be deleted.");
        }

        InternetGateways.Remove(gateway.InternetGatewayId);
        Calls.Add("DeleteInternetGateway " + gateway.InternetGatewayId);
        return Task.FromResult(new DeleteInternetGatewayResponse());
    }

    public Task<CreateSecurityGroupResponse> CreateSecurityGroupAsync(CreateSecurityGroupRequest request, CancellationToken cancellationToken = default)
    {
        Get(Vpcs, request.VpcId, "InvalidVpcID.NotFound");
        if (SecurityGroups.Values.Any(g => g.VpcId == request.VpcId && g.GroupName == request.GroupName))
        {
            throw new AwsResourceAlreadyExistsException($"InvalidGroup.Duplicate: The security group '{request.GroupName}' already exists") { AwsErrorCode = "InvalidGroup.Duplicate" };
        }

        var group = new SecurityGroup { GroupId = NewId("sg"), GroupName = request.GroupName, VpcId = request.VpcId, Tags = TagsOf(request.TagSpecifications, ResourceType.SecurityGroup) };
        SecurityGroups[group.GroupId] = group;
        Calls.Add("CreateSecurityGroup " + group.GroupId);
        return Task.FromResult(new CreateSecurityGroupResponse { GroupId = group.GroupId, Tags = group.Tags });
    }

    public Task<DescribeSecurityGroupsResponse> DescribeSecurityGroupsAsync(DescribeSecurityGroupsRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DescribeSecurityGroupsResponse
        {
            SecurityGroups = Match(SecurityGroups.Values, request.Filters, g => g.Tags, (g, f) => f switch
            {
                "vpc-id" => [g.VpcId],
                "group-name" => [g.GroupName],
                _ => null,
            }),
        });

    public Task<DeleteSecurityGroupResponse> DeleteSecurityGroupAsync(DeleteSecurityGroupRequest request, CancellationToken cancellationToken = default)
    {
        var group = Get(SecurityGroups, request.GroupId, "InvalidGroup.NotFound");
        if (NetworkInterfaces.Values.Any(n => (n.Groups ?? []).Any(g => g.GroupId == group.GroupId)))
        {
            throw new DependencyStillPresentException($"DependencyViolation: resource {group.GroupId} has a dependent object");
        }

        SecurityGroups.Remove(group.GroupId);
        Calls.Add("DeleteSecurityGroup " + group.GroupId);
        return Task.FromResult(new DeleteSecurityGroupResponse());
    }
}
