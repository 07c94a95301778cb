using Amazon.EC2;
using Amazon.EC2.Model;
using EksProvisioner.Aws;
using EksProvisioner.Aws.Ec2;
using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;

namespace EksProvisioner.Workflow.Support;

/// <summary>
/// Find-or-create for the VPC, subnets, internet gateway and security group. Each looks for the
/// environment's resource by tag first, so a second run creates nothing; each create call carries the tags.
/// </summary>
internal static class NetworkParts
{
    public static async Task<string> EnsureVpcAsync(IEc2Client ec2, EnvironmentInfo environment, string name, string cidr, CancellationToken ct)
    {
        var vpcId = (await NetworkFinder.VpcsAsync(ec2, environment.Name, name, ct)).FirstOrDefault()?.VpcId;
        if (vpcId is null)
        {
            var created = await ec2.CreateVpcAsync(
                new CreateVpcRequest { CidrBlock = cidr, TagSpecifications = Ec2Tags.Spec(ResourceType.Vpc, environment.Tags, name) }, ct);
            vpcId = StageError.Required(created.Vpc?.VpcId, "the VPC id");
        }

        // EKS needs both for private endpoint access and node registration; EC2 takes one attribute per call.
        await ec2.ModifyVpcAttributeAsync(new ModifyVpcAttributeRequest { VpcId = vpcId, EnableDnsSupport = true }, ct);
        await ec2.ModifyVpcAttributeAsync(new ModifyVpcAttributeRequest { VpcId = vpcId, EnableDnsHostnames = true }, ct);
        return vpcId;
    }

    public static async Task<string> EnsureSubnetAsync(
        IEc2Client ec2, EnvironmentInfo environment, string vpcId, string name, string cidr, string zone,
        IReadOnlyDictionary<string, string> roleTags, bool mapPublicIp, CancellationToken ct)
    {
        var subnetId = (await NetworkFinder.SubnetsAsync(ec2, environment.Name, name, ct)).FirstOrDefault(s => s.VpcId == vpcId)?.SubnetId;
        if (subnetId is null)
        {
            var created = await ec2.CreateSubnetAsync(
                new CreateSubnetRequest
                {
                    VpcId = vpcId,
                    CidrBlock = cidr,
                    AvailabilityZone = zone,
                    TagSpecifications = Ec2Tags.Spec(ResourceType.Subnet, environment.Tags, name, roleTags),
                },
                ct);
            subnetId = StageError.Required(created.Subnet?.SubnetId, "the subnet id");
        }

        if (mapPublicIp)
        {
            await ec2.ModifySubnetAttributeAsync(new ModifySubnetAttributeRequest { SubnetId = subnetId, MapPublicIpOnLaunch = true }, ct);
        }

        return subnetId;
    }

    public static async Task<string> EnsureInternetGatewayAsync(IEc2Client ec2, EnvironmentInfo environment, string vpcId, string name, CancellationToken ct)
    {
        var gateway = (await NetworkFinder.InternetGatewaysAsync(ec2, environment.Name, name, ct)).FirstOrDefault();
        if (gateway is null)
        {
            var created = await ec2.CreateInternetGatewayAsync(
                new CreateInternetGatewayRequest { TagSpecifications = Ec2Tags.Spec(ResourceType.InternetGateway, environment.Tags, name) }, ct);
            gateway = StageError.Required(created.InternetGateway, "the internet gateway");
        }

        var gatewayId = StageError.Required(gateway.InternetGatewayId, "the internet gateway id");
        if (!(gateway.Attachments ?? []).Any(a => a.VpcId == vpcId))
        {
            await ec2.AttachInternetGatewayAsync(new AttachInternetGatewayRequest { InternetGatewayId = gatewayId, VpcId = vpcId }, ct);
        }

        return gatewayId;
    }

    /// <summary>The security group names are unique per VPC: a same-named group without our tag is someone else's.</summary>
    public static async Task<string> EnsureSecurityGroupAsync(IEc2Client ec2, EnvironmentInfo environment, string vpcId, string name, CancellationToken ct)
    {
        var existing = (await NetworkFinder.SecurityGroupsAsync(ec2, environment.Name, name, ct)).FirstOrDefault(g => g.VpcId == vpcId);
        if (existing is not null)
        {
            return StageError.Required(existing.GroupId, "the security group id");
        }

        return await AwsIdioms.CreateOrAdoptAsync(
            async c => StageError.Required((await ec2.CreateSecurityGroupAsync(
                new CreateSecurityGroupRequest
                {
                    GroupName = name,
                    Description = $"EksProvisioner {environment.Name}: extra control plane security group",
                    VpcId = vpcId,
                    TagSpecifications = Ec2Tags.Spec(ResourceType.SecurityGroup, environment.Tags, name),
                },
                c)).GroupId, "the security group id"),
            async c =>
            {
                var groups = (await ec2.DescribeSecurityGroupsAsync(
                    new DescribeSecurityGroupsRequest { Filters = [new Filter("vpc-id", [vpcId]), new Filter("group-name", [name])] }, c)).SecurityGroups ?? [];
                var group = groups.FirstOrDefault() ?? throw new ResourceOwnershipConflictException($"security group {name} exists but cannot be described");
                return new OwnedResource<string>(group.GroupId, (group.Tags ?? []).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal));
            },
            environment.Name,
            $"security group {name} in {vpcId}",
            ct);
    }
}
