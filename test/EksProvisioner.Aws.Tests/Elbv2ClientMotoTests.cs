using CreateSubnetRequest = Amazon.EC2.Model.CreateSubnetRequest;
using CreateVpcRequest = Amazon.EC2.Model.CreateVpcRequest;
using EksProvisioner.Aws.ElasticLoadBalancing;
using EksProvisioner.Testing;

namespace EksProvisioner.Aws.Tests;

[Collection(MotoCollection.Name)]
public sealed class Elbv2ClientMotoTests(MotoServer moto) : IDisposable
{
    private readonly AwsClientFactory _factory = TestFactories.Moto(moto);

    public void Dispose() => _factory.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateLoadBalancer_Tagged_DescribeAndDescribeTagsReadItBackThenDeleteRemovesIt()
    {
        var elb = _factory.CreateElbv2();
        using var ec2 = _factory.CreateEc2();
        var vpc = (await ec2.CreateVpcAsync(new CreateVpcRequest { CidrBlock = "10.9.0.0/16" }, Token)).Vpc.VpcId;
        var a = (await ec2.CreateSubnetAsync(new CreateSubnetRequest { VpcId = vpc, CidrBlock = "10.9.1.0/24", AvailabilityZone = "us-east-1a" }, Token)).Subnet.SubnetId;
        var b = (await ec2.CreateSubnetAsync(new CreateSubnetRequest { VpcId = vpc, CidrBlock = "10.9.2.0/24", AvailabilityZone = "us-east-1b" }, Token)).Subnet.SubnetId;
        var name = TestFactories.Unique("lb");

        var created = await elb.CreateLoadBalancerAsync(
            new CreateLoadBalancerRequest { Name = name, Subnets = [a, b], Type = "network", Tags = [new Tag { Key = "kubernetes.io/cluster/demo", Value = "owned" }] }, Token);
        var arn = created.LoadBalancers!.Single().LoadBalancerArn!;
        var described = await elb.DescribeLoadBalancersAsync(new DescribeLoadBalancersRequest { LoadBalancerArns = [arn] }, Token);
        var tags = await elb.DescribeTagsAsync(new DescribeTagsRequest { ResourceArns = [arn] }, Token);
        var group = await elb.CreateTargetGroupAsync(new CreateTargetGroupRequest { Name = name, Protocol = "TCP", Port = 80, VpcId = vpc }, Token);
        await elb.DeleteTargetGroupAsync(new DeleteTargetGroupRequest { TargetGroupArn = group.TargetGroups!.Single().TargetGroupArn }, Token);
        await elb.DeleteLoadBalancerAsync(new DeleteLoadBalancerRequest { LoadBalancerArn = arn }, Token);
        var after = await elb.DescribeLoadBalancersAsync(new DescribeLoadBalancersRequest(), Token);

        var lb = described.LoadBalancers!.Single();
        Assert.Equal(name, lb.LoadBalancerName);
        Assert.Equal("network", lb.Type);
        Assert.Equal(vpc, lb.VpcId);
        Assert.Equal(2, lb.AvailabilityZones!.Count);
        Assert.Contains(tags.TagDescriptions!.Single().Tags!, t => t is { Key: "kubernetes.io/cluster/demo", Value: "owned" });
        Assert.DoesNotContain(after.LoadBalancers ?? [], l => l.LoadBalancerArn == arn);
    }
}
