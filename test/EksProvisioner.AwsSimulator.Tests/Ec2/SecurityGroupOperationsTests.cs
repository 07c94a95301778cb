using Amazon.EC2.Model;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

public sealed class SecurityGroupOperationsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<(string VpcId, string GroupId)> GroupAsync(Ec2Harness harness, string name = "nodes")
    {
        var vpc = await harness.Client.VpcAsync();
        var created = await harness.Client.CreateSecurityGroupAsync(new CreateSecurityGroupRequest
        {
            GroupName = name,
            Description = "worker nodes",
            VpcId = vpc.VpcId,
            TagSpecifications = Ec2Steps.Tagged("security-group", ("eksprov:environment", "e1")),
        }, Token);
        return (vpc.VpcId, created.GroupId);
    }

    [Fact]
    public async Task CreateSecurityGroup_WithTags_DescribeParsesGroupAndDefaultEgress()
    {
        using var harness = new Ec2Harness();
        var (vpcId, groupId) = await GroupAsync(harness);
        Assert.Matches("^sg-0[0-9a-f]{16}$", groupId);

        var found = await harness.Client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { Filters = [new Filter("group-name", ["nodes"]), new Filter("vpc-id", [vpcId])] }, Token);
        var group = Assert.Single(found.SecurityGroups);
        Assert.Equal(groupId, group.GroupId);
        Assert.Equal("worker nodes", group.Description);
        Assert.Equal(vpcId, group.VpcId);
        Assert.Equal("e1", Assert.Single(group.Tags).Value);
        Assert.Empty(group.IpPermissions ?? []);
        var egress = Assert.Single(group.IpPermissionsEgress);
        Assert.Equal("-1", egress.IpProtocol);
        Assert.Equal("0.0.0.0/0", Assert.Single(egress.Ipv4Ranges).CidrIp);
    }

    [Fact]
    public async Task CreateSecurityGroup_DuplicateNameInVpc_FailsWithInvalidGroupDuplicate()
    {
        using var harness = new Ec2Harness();
        var (vpcId, _) = await GroupAsync(harness);
        var error = await Ec2Steps.FailsAsync(() => harness.Client.CreateSecurityGroupAsync(new CreateSecurityGroupRequest { GroupName = "nodes", Description = "again", VpcId = vpcId }, Token));
        Assert.Equal("InvalidGroup.Duplicate", error.ErrorCode);
    }

    [Fact]
    public async Task AuthorizeIngressAndEgress_ThenRevoke_DescribeReflectsRules()
    {
        using var harness = new Ec2Harness();
        var (vpcId, groupId) = await GroupAsync(harness);
        var peer = (await harness.Client.CreateSecurityGroupAsync(new CreateSecurityGroupRequest { GroupName = "cluster", Description = "cluster", VpcId = vpcId }, Token)).GroupId;
        var https = new IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = [new IpRange { CidrIp = "10.0.0.0/16", Description = "vpc" }] };
        var fromPeer = new IpPermission { IpProtocol = "-1", UserIdGroupPairs = [new UserIdGroupPair { GroupId = peer }] };

        var authorized = await harness.Client.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupId = groupId, IpPermissions = [https, fromPeer] }, Token);
        Assert.True(authorized.Return);
        Assert.Equal(2, authorized.SecurityGroupRules.Count);
        Assert.All(authorized.SecurityGroupRules, r => Assert.StartsWith("sgr-", r.SecurityGroupRuleId, StringComparison.Ordinal));
        await harness.Client.AuthorizeSecurityGroupEgressAsync(new AuthorizeSecurityGroupEgressRequest { GroupId = groupId, IpPermissions = [new IpPermission { IpProtocol = "udp", FromPort = 53, ToPort = 53, Ipv4Ranges = [new IpRange { CidrIp = "10.0.0.2/32" }] }] }, Token);

        var group = (await harness.Client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = [groupId] }, Token)).SecurityGroups.Single();
        var tcp = Assert.Single(group.IpPermissions, p => p.IpProtocol == "tcp");
        Assert.Equal(443, tcp.FromPort);
        Assert.Equal("vpc", Assert.Single(tcp.Ipv4Ranges).Description);
        Assert.Equal(peer, Assert.Single(Assert.Single(group.IpPermissions, p => p.IpProtocol == "-1").UserIdGroupPairs).GroupId);
        Assert.Equal(2, group.IpPermissionsEgress.Count);

        await harness.Client.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest { GroupId = groupId, IpPermissions = [https] }, Token);
        await harness.Client.RevokeSecurityGroupEgressAsync(new RevokeSecurityGroupEgressRequest { GroupId = groupId, IpPermissions = [new IpPermission { IpProtocol = "-1", Ipv4Ranges = [new IpRange { CidrIp = "0.0.0.0/0" }] }] }, Token);
        group = (await harness.Client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = [groupId] }, Token)).SecurityGroups.Single();
        Assert.Equal("-1", Assert.Single(group.IpPermissions).IpProtocol);
        Assert.Equal("udp", Assert.Single(group.IpPermissionsEgress).IpProtocol);
    }

    [Fact]
    public async Task AuthorizeAndRevoke_DuplicateOrUnknownRule_FailWithAwsCodes()
    {
        using var harness = new Ec2Harness();
        var (_, groupId) = await GroupAsync(harness);
        var rule = new IpPermission { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = [new IpRange { CidrIp = "192.0.2.0/24" }] };
        await harness.Client.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupId = groupId, IpPermissions = [rule] }, Token);

        Assert.Equal("InvalidPermission.Duplicate", (await Ec2Steps.FailsAsync(() => harness.Client.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupId = groupId, IpPermissions = [rule] }, Token))).ErrorCode);
        await harness.Client.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest { GroupId = groupId, IpPermissions = [rule] }, Token);
        Assert.Equal("InvalidPermission.NotFound", (await Ec2Steps.FailsAsync(() => harness.Client.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest { GroupId = groupId, IpPermissions = [rule] }, Token))).ErrorCode);
        Assert.Equal("InvalidGroup.NotFound", (await Ec2Steps.FailsAsync(() => harness.Client.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupId = "sg-0000000000000000a", IpPermissions = [rule] }, Token))).ErrorCode);
    }

    // DeleteSecurityGroup: the default group cannot be deleted (CannotDelete); a group referenced by
    // another group's rule or used by an interface answers DependencyViolation.
    [Fact]
    public async Task DeleteSecurityGroup_DefaultOrReferenced_FailsWithAwsCodes()
    {
        using var harness = new Ec2Harness();
        var (vpcId, groupId) = await GroupAsync(harness);
        var other = (await harness.Client.CreateSecurityGroupAsync(new CreateSecurityGroupRequest { GroupName = "cluster", Description = "cluster", VpcId = vpcId }, Token)).GroupId;
        await harness.Client.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest { GroupId = other, IpPermissions = [new IpPermission { IpProtocol = "-1", UserIdGroupPairs = [new UserIdGroupPair { GroupId = groupId }] }] }, Token);
        var defaultGroup = (await harness.Client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { Filters = [new Filter("vpc-id", [vpcId]), new Filter("group-name", ["default"])] }, Token)).SecurityGroups.Single();

        Assert.Equal("CannotDelete", (await Ec2Steps.FailsAsync(() => harness.Client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = defaultGroup.GroupId }, Token))).ErrorCode);
        Assert.Equal("DependencyViolation", (await Ec2Steps.FailsAsync(() => harness.Client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = groupId }, Token))).ErrorCode);

        await harness.Client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = other }, Token);
        await harness.Client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = groupId }, Token);
        Assert.Equal("InvalidGroup.NotFound", (await Ec2Steps.FailsAsync(() => harness.Client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = groupId }, Token))).ErrorCode);
    }

    [Fact]
    public async Task DeleteSecurityGroup_UsedByInterface_FailsWithDependencyViolation()
    {
        using var harness = new Ec2Harness();
        var (vpcId, groupId) = await GroupAsync(harness);
        var subnet = await harness.Client.SubnetAsync(vpcId, "10.0.0.0/24");
        var eni = (await harness.Client.CreateNetworkInterfaceAsync(new CreateNetworkInterfaceRequest { SubnetId = subnet.SubnetId, Groups = [groupId] }, Token)).NetworkInterface;

        Assert.Equal("DependencyViolation", (await Ec2Steps.FailsAsync(() => harness.Client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = groupId }, Token))).ErrorCode);
        await harness.Client.DeleteNetworkInterfaceAsync(new DeleteNetworkInterfaceRequest { NetworkInterfaceId = eni.NetworkInterfaceId }, Token);
        await harness.Client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = groupId }, Token);
    }
}
