using Amazon.EC2;
using EksProvisioner.Aws;
using EksProvisioner.Aws.ElasticLoadBalancing;
using EksProvisioner.AwsSimulator.Tests.Support;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Time;
using EksProvisioner.Testing;
using Ec2Model = Amazon.EC2.Model;

namespace EksProvisioner.AwsSimulator.Tests.Elbv2;

public sealed class Elbv2ServiceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateLoadBalancer_InternetFacing_ProvisioningThenActive_BlocksSubnetAndGatewayUntilGone()
    {
        await using var sim = await Sim.StartAsync(network: false);
        using var factory = Factory(sim);
        var elb = factory.CreateElbv2();
        using var ec2 = factory.CreateEc2();
        var (vpc, gateway, subnets) = await NetworkAsync(ec2);

        var created = await elb.CreateLoadBalancerAsync(new CreateLoadBalancerRequest { Name = "web", Subnets = subnets, Type = "network" }, Token);
        var arn = created.LoadBalancers!.Single().LoadBalancerArn!;
        await sim.Client.AdvanceAsync(180);
        var active = (await elb.DescribeLoadBalancersAsync(new DescribeLoadBalancersRequest { Names = ["web"] }, Token)).LoadBalancers!.Single();
        var subnetBlocked = await Assert.ThrowsAsync<DependencyStillPresentException>(() => ec2.DeleteSubnetAsync(new Ec2Model.DeleteSubnetRequest { SubnetId = subnets[0] }, Token));
        var gatewayBlocked = await Assert.ThrowsAsync<DependencyStillPresentException>(
            () => ec2.DetachInternetGatewayAsync(new Ec2Model.DetachInternetGatewayRequest { InternetGatewayId = gateway, VpcId = vpc }, Token));
        await elb.DeleteLoadBalancerAsync(new DeleteLoadBalancerRequest { LoadBalancerArn = arn }, Token);
        var listed = await elb.DescribeLoadBalancersAsync(new DescribeLoadBalancersRequest(), Token);
        var stillBlocked = await Assert.ThrowsAsync<DependencyStillPresentException>(() => ec2.DeleteSubnetAsync(new Ec2Model.DeleteSubnetRequest { SubnetId = subnets[0] }, Token));
        await sim.Client.AdvanceAsync(60);
        await ec2.DetachInternetGatewayAsync(new Ec2Model.DetachInternetGatewayRequest { InternetGatewayId = gateway, VpcId = vpc }, Token);
        await ec2.DeleteSubnetAsync(new Ec2Model.DeleteSubnetRequest { SubnetId = subnets[0] }, Token);

        Assert.Equal("provisioning", created.LoadBalancers!.Single().State!.Code);
        Assert.Equal("active", active.State!.Code);
        Assert.Equal(vpc, active.VpcId);
        Assert.Equal("DependencyViolation", subnetBlocked.AwsErrorCode);
        Assert.Equal("DependencyViolation", gatewayBlocked.AwsErrorCode);
        Assert.Empty(listed.LoadBalancers ?? []);
        Assert.Equal("DependencyViolation", stillBlocked.AwsErrorCode);
    }

    [Fact]
    public async Task DeleteTargetGroup_OfKubernetesLoadBalancer_ResourceInUseUntilLoadBalancerDeleted()
    {
        await using var sim = await Sim.StartAsync(network: false);
        using var factory = Factory(sim);
        var elb = factory.CreateElbv2();
        using var ec2 = factory.CreateEc2();
        var (_, _, subnets) = await NetworkAsync(ec2);
        var tags = new Dictionary<string, string> { ["elbv2.k8s.aws/cluster"] = "demo" };
        var made = await sim.Simulator.WithLoadBalancersAsync(l => l.Ensure("demo", "default/web", "application", subnets, tags), Token);
        var group = (await elb.DescribeTargetGroupsAsync(new DescribeTargetGroupsRequest { LoadBalancerArn = made.Arn }, Token)).TargetGroups!.Single();

        var inUse = await Assert.ThrowsAsync<DependencyStillPresentException>(
            () => elb.DeleteTargetGroupAsync(new DeleteTargetGroupRequest { TargetGroupArn = group.TargetGroupArn }, Token));
        await elb.DeleteLoadBalancerAsync(new DeleteLoadBalancerRequest { LoadBalancerArn = made.Arn }, Token);
        await elb.DeleteTargetGroupAsync(new DeleteTargetGroupRequest { TargetGroupArn = group.TargetGroupArn }, Token);
        var tagged = await elb.DescribeTagsAsync(new DescribeTagsRequest { ResourceArns = [made.Arn] }, Token).ContinueWith(t => t.Exception?.InnerException, Token);

        Assert.Equal("provisioning", made.State);
        Assert.Equal("ResourceInUse", inUse.AwsErrorCode);
        Assert.Equal("LoadBalancerNotFound", (tagged as AwsResourceNotFoundException)?.AwsErrorCode);
    }

    [Fact]
    public async Task Ensure_ThenDeleteThroughKubernetes_LoadBalancerAndItsSecurityGroupGoOnTheClock()
    {
        await using var sim = await Sim.StartAsync(network: false);
        using var factory = Factory(sim);
        using var ec2 = factory.CreateEc2();
        var (vpc, _, subnets) = await NetworkAsync(ec2);
        var tags = new Dictionary<string, string> { ["elbv2.k8s.aws/cluster"] = "demo" };
        await sim.Simulator.WithLoadBalancersAsync(l => l.Ensure("demo", "default/web", "application", subnets, tags), Token);
        var groupsBefore = await GroupCountAsync(ec2, vpc);

        await sim.Simulator.WithLoadBalancersAsync(l => { l.Delete("demo", "default/web"); return true; }, Token);
        var deleting = await sim.Simulator.WithLoadBalancersAsync(l => l.Find("demo", "default/web"), Token);
        await sim.Client.AdvanceAsync(60);
        var gone = await sim.Simulator.WithLoadBalancersAsync(l => l.Find("demo", "default/web"), Token);

        Assert.Equal("deleting", deleting!.State);
        Assert.Null(gone);
        Assert.Equal(groupsBefore - 1, await GroupCountAsync(ec2, vpc));
        Assert.DoesNotContain(await sim.Simulator.ResourcesAsync(Token), r => r.Service == "elasticloadbalancing");
    }

    private static AwsClientFactory Factory(Sim sim) => new(TestAws.Options(sim.Simulator.Endpoint), TimeProvider.System, Randomizers.Fixed(0));

    private static async Task<int> GroupCountAsync(IAmazonEC2 ec2, string vpc) =>
        (await ec2.DescribeSecurityGroupsAsync(new Ec2Model.DescribeSecurityGroupsRequest { Filters = [new Ec2Model.Filter("vpc-id", [vpc])] }, Token)).SecurityGroups.Count;

    private static async Task<(string Vpc, string Gateway, List<string> Subnets)> NetworkAsync(IAmazonEC2 ec2)
    {
        var vpc = (await ec2.CreateVpcAsync(new Ec2Model.CreateVpcRequest { CidrBlock = "10.0.0.0/16" }, Token)).Vpc.VpcId;
        var gateway = (await ec2.CreateInternetGatewayAsync(new Ec2Model.CreateInternetGatewayRequest(), Token)).InternetGateway.InternetGatewayId;
        await ec2.AttachInternetGatewayAsync(new Ec2Model.AttachInternetGatewayRequest { InternetGatewayId = gateway, VpcId = vpc }, Token);
        var a = (await ec2.CreateSubnetAsync(new Ec2Model.CreateSubnetRequest { VpcId = vpc, CidrBlock = "10.0.1.0/24", AvailabilityZone = "us-east-1a" }, Token)).Subnet.SubnetId;
        var b = (await ec2.CreateSubnetAsync(new Ec2Model.CreateSubnetRequest { VpcId = vpc, CidrBlock = "10.0.2.0/24", AvailabilityZone = "us-east-1b" }, Token)).Subnet.SubnetId;
        return (vpc, gateway, [a, b]);
    }
}
