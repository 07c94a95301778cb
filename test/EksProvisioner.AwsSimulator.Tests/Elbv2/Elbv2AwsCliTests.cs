using EksProvisioner.AwsSimulator.Tests.Support;

namespace EksProvisioner.AwsSimulator.Tests.Elbv2;

/// <summary>The real aws CLI (botocore's elbv2 parsers) reads every ELBv2 answer and error; skips outside CI when it is missing.</summary>
public sealed class Elbv2AwsCliTests
{
    [Fact]
    public async Task Elbv2_CliParsesAnswersAndErrorCodes_TaggingApiSeesTheLoadBalancer()
    {
        await using var sim = await Sim.StartAsync(network: false);
        var cli = AwsCli.Require(sim.Simulator.Endpoint);
        var vpc = (await cli.RunAsync("ec2", "create-vpc", "--cidr-block", "10.0.0.0/16")).Json["Vpc"]!["VpcId"]!.GetValue<string>();
        var subnet = (await cli.RunAsync("ec2", "create-subnet", "--vpc-id", vpc, "--cidr-block", "10.0.1.0/24", "--availability-zone", "us-east-1a")).Json["Subnet"]!["SubnetId"]!.GetValue<string>();

        var created = await cli.RunAsync("elbv2", "create-load-balancer", "--name", "web", "--subnets", subnet, "--type", "network", "--tags", "Key=elbv2.k8s.aws/cluster,Value=demo");
        Assert.True(created.ExitCode == 0, created.ToString());
        var arn = created.Json["LoadBalancers"]![0]!["LoadBalancerArn"]!.GetValue<string>();
        var group = await cli.RunAsync("elbv2", "create-target-group", "--name", "web", "--protocol", "TCP", "--port", "80", "--vpc-id", vpc);
        var results = await Task.WhenAll(
            cli.RunAsync("elbv2", "describe-load-balancers"),
            cli.RunAsync("elbv2", "describe-tags", "--resource-arns", arn),
            cli.RunAsync("elbv2", "describe-target-groups", "--names", "web"),
            cli.RunAsync("elbv2", "describe-load-balancers", "--names", "nobody"),
            cli.RunAsync("resourcegroupstaggingapi", "get-resources", "--tag-filters", "Key=elbv2.k8s.aws/cluster,Values=demo"));
        var deleted = await cli.RunAsync("elbv2", "delete-load-balancer", "--load-balancer-arn", arn);
        var (listed, tags, groups, missing, tagged) = (results[0], results[1], results[2], results[3], results[4]);

        Assert.Equal("provisioning", listed.Json["LoadBalancers"]![0]!["State"]!["Code"]!.GetValue<string>());
        Assert.Equal("us-east-1a", listed.Json["LoadBalancers"]![0]!["AvailabilityZones"]![0]!["ZoneName"]!.GetValue<string>());
        Assert.Equal("demo", tags.Json["TagDescriptions"]![0]!["Tags"]![0]!["Value"]!.GetValue<string>());
        Assert.Equal(group.Json["TargetGroups"]![0]!["TargetGroupArn"]!.GetValue<string>(), groups.Json["TargetGroups"]![0]!["TargetGroupArn"]!.GetValue<string>());
        Assert.Equal("LoadBalancerNotFound", missing.ErrorCode);
        Assert.Equal(arn, tagged.Json["ResourceTagMappingList"]![0]!["ResourceARN"]!.GetValue<string>());
        Assert.True(deleted.ExitCode == 0, deleted.ToString());
    }
}
