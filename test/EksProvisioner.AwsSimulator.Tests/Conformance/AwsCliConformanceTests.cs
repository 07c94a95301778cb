using EksProvisioner.AwsSimulator.Tests.Support;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal;
using EksProvisioner.StepFunctionsLocal.Api;

namespace EksProvisioner.AwsSimulator.Tests.Conformance;

/// <summary>
/// The real aws CLI (botocore's parsers, an independent client) drives every service: each answer
/// must parse, and errors must surface with the right code. Independent calls run concurrently
/// because each CLI start costs about a second.
/// </summary>
public sealed class AwsCliConformanceTests
{
    [Fact]
    public async Task QueryServices_CliParsesAnswersAndErrorCodes()
    {
        await using var sim = await Sim.StartAsync(network: false);
        var cli = AwsCli.Require(sim.Simulator.Endpoint);

        var identity = cli.RunAsync("sts", "get-caller-identity");
        var created = await cli.RunAsync("iam", "create-role", "--role-name", "cli-role", "--assume-role-policy-document", Steps.TrustPolicy, "--tags", "Key=eksprov:environment,Value=cli");
        Assert.True(created.ExitCode == 0, created.ToString());
        var attach = await cli.RunAsync("iam", "attach-role-policy", "--role-name", "cli-role", "--policy-arn", "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy");
        var results = await Task.WhenAll(
            cli.RunAsync("iam", "create-role", "--role-name", "cli-role", "--assume-role-policy-document", Steps.TrustPolicy),
            cli.RunAsync("iam", "delete-role", "--role-name", "cli-role"),
            cli.RunAsync("iam", "get-role", "--role-name", "cli-role"),
            cli.RunAsync("iam", "list-attached-role-policies", "--role-name", "cli-role"),
            cli.RunAsync("iam", "get-role", "--role-name", "nobody"),
            cli.RunAsync("ec2", "describe-availability-zones"),
            cli.RunAsync("ec2", "delete-vpc", "--vpc-id", "vpc-00000000000000000"));
        var (duplicate, conflict, role, attached, missing) = (results[0], results[1], results[2], results[3], results[4]);
        var (zones, noVpc) = (results[5], results[6]);

        Assert.Equal("123456789012", (await identity).Json["Account"]!.GetValue<string>());
        Assert.Equal("arn:aws:iam::123456789012:role/cli-role", created.Json["Role"]!["Arn"]!.GetValue<string>());
        Assert.True(attach.ExitCode == 0, attach.ToString());
        Assert.Equal("EntityAlreadyExists", duplicate.ErrorCode);
        Assert.Equal("DeleteConflict", conflict.ErrorCode);
        Assert.Equal("sts:AssumeRole", role.Json["Role"]!["AssumeRolePolicyDocument"]!["Statement"]![0]!["Action"]!.GetValue<string>());
        Assert.Equal("AmazonEKSClusterPolicy", attached.Json["AttachedPolicies"]![0]!["PolicyName"]!.GetValue<string>());
        Assert.Equal("cli", role.Json["Role"]!["Tags"]![0]!["Value"]!.GetValue<string>());
        Assert.Equal("NoSuchEntity", missing.ErrorCode);
        Assert.Contains(zones.Json["AvailabilityZones"]!.AsArray(), z => z!["ZoneName"]!.GetValue<string>() == "us-east-1a");
        Assert.Equal("InvalidVpcID.NotFound", noVpc.ErrorCode);
    }

    [Fact]
    public async Task Eks_CliParsesEveryShapeAndErrorCodes()
    {
        await using var sim = await Sim.StartAsync();
        var cli = AwsCli.Require(sim.Simulator.Endpoint);
        sim.Simulator.RegisterStepFunctions(new StepFunctionsApi(new StepFunctionsEngine(sim.Clock, Randomizers.Seeded(1))));
        var role = await Steps.CreateRoleAsync(sim.Client, "eks-role");
        await sim.Client.AdvanceAsync(30);

        var cluster = await cli.RunAsync(
            "eks", "create-cluster", "--name", "cli", "--role-arn", role, "--resources-vpc-config", "subnetIds=subnet-a,subnet-b",
            "--access-config", "authenticationMode=API", "--tags", "eksprov:environment=cli");
        Assert.True(cluster.ExitCode == 0, cluster.ToString());
        await sim.Client.AdvanceAsync(600);
        var results = await Task.WhenAll(
            cli.RunAsync("eks", "create-nodegroup", "--cluster-name", "cli", "--nodegroup-name", "ng", "--node-role", role, "--subnets", "subnet-a", "subnet-b"),
            cli.RunAsync("eks", "create-fargate-profile", "--cluster-name", "cli", "--fargate-profile-name", "fp", "--pod-execution-role-arn", role, "--selectors", "namespace=default"),
            cli.RunAsync("eks", "create-addon", "--cluster-name", "cli", "--addon-name", "coredns"),
            cli.RunAsync("eks", "create-access-entry", "--cluster-name", "cli", "--principal-arn", role),
            cli.RunAsync("eks", "describe-cluster", "--name", "nope"));
        var (nodegroup, fargate, addon, entry, missing) = (results[0], results[1], results[2], results[3], results[4]);
        var later = await Task.WhenAll(
            cli.RunAsync("eks", "describe-cluster", "--name", "cli"),
            cli.RunAsync("eks", "associate-access-policy", "--cluster-name", "cli", "--principal-arn", role, "--policy-arn", "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy", "--access-scope", "type=cluster"),
            cli.RunAsync("eks", "delete-cluster", "--name", "cli"),
            cli.RunAsync("stepfunctions", "create-state-machine", "--name", "sm", "--role-arn", role, "--definition", "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}"),
            cli.RunAsync("stepfunctions", "describe-execution", "--execution-arn", "arn:aws:states:us-east-1:123456789012:execution:none:x"));
        var (described, associated, inUse, machine, noExecution) = (later[0], later[1], later[2], later[3], later[4]);

        Assert.Equal("CREATING", cluster.Json["cluster"]!["status"]!.GetValue<string>());
        Assert.Equal("CREATING", nodegroup.Json["nodegroup"]!["status"]!.GetValue<string>());
        Assert.Equal("CREATING", fargate.Json["fargateProfile"]!["status"]!.GetValue<string>());
        Assert.Equal("CREATING", addon.Json["addon"]!["status"]!.GetValue<string>());
        Assert.Equal(role, entry.Json["accessEntry"]!["principalArn"]!.GetValue<string>());
        Assert.Equal("ResourceNotFoundException", missing.ErrorCode);
        Assert.Equal("ACTIVE", described.Json["cluster"]!["status"]!.GetValue<string>());
        // REST-JSON timestamps are epoch seconds; CLI v1 prints them as received.
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 9, 0, 30, TimeSpan.Zero).ToUnixTimeSeconds(), described.Json["cluster"]!["createdAt"]!.GetValue<double>());
        Assert.Equal("cluster", associated.Json["associatedAccessPolicy"]!["accessScope"]!["type"]!.GetValue<string>());
        Assert.Equal("ResourceInUseException", inUse.ErrorCode);
        Assert.EndsWith(":stateMachine:sm", machine.Json["stateMachineArn"]!.GetValue<string>());
        Assert.Equal("ExecutionDoesNotExist", noExecution.ErrorCode);
    }

    [Fact]
    public async Task EksUpdates_CliParsesUpdatesAndErrorCodes()
    {
        await using var sim = await Sim.StartAsync();
        var cli = AwsCli.Require(sim.Simulator.Endpoint);
        var role = await Steps.ActiveClusterAsync(sim, "cli", "1.32");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await sim.Client.RestAsync(HttpMethod.Post, "/clusters/cli/node-groups", Steps.NodegroupBody("ng", role))).Status);
        await sim.Client.AdvanceAsync(240);

        var results = await Task.WhenAll(
            cli.RunAsync("eks", "update-nodegroup-config", "--cluster-name", "cli", "--nodegroup-name", "ng", "--scaling-config", "minSize=1,maxSize=5,desiredSize=3", "--labels", "addOrUpdateLabels={team=a}"),
            cli.RunAsync("eks", "update-cluster-version", "--name", "cli", "--kubernetes-version", "1.34"));
        var (scaled, skipped) = (results[0], results[1]);
        var version = await cli.RunAsync("eks", "update-cluster-version", "--name", "cli", "--kubernetes-version", "1.33");
        var later = await Task.WhenAll(
            cli.RunAsync("eks", "describe-update", "--name", "cli", "--update-id", scaled.Json["update"]!["id"]!.GetValue<string>(), "--nodegroup-name", "ng"),
            cli.RunAsync("eks", "list-updates", "--name", "cli"),
            cli.RunAsync("eks", "update-nodegroup-version", "--cluster-name", "cli", "--nodegroup-name", "ng"),
            cli.RunAsync("eks", "describe-cluster", "--name", "cli"));
        var (described, listed, busy, cluster) = (later[0], later[1], later[2], later[3]);

        Assert.Equal("ConfigUpdate", scaled.Json["update"]!["type"]!.GetValue<string>());
        Assert.Equal("InvalidParameterException", skipped.ErrorCode);
        Assert.Equal("InProgress", version.Json["update"]!["status"]!.GetValue<string>());
        Assert.Equal("InProgress", described.Json["update"]!["status"]!.GetValue<string>());
        Assert.Equal(version.Json["update"]!["id"]!.GetValue<string>(), listed.Json["updateIds"]![0]!.GetValue<string>());
        Assert.Equal("ResourceInUseException", busy.ErrorCode);
        Assert.Equal("UPDATING", cluster.Json["cluster"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Tagging_CliFollowsPagesAndParsesErrors()
    {
        await using var sim = await Sim.StartAsync(network: false);
        var cli = AwsCli.Require(sim.Simulator.Endpoint);
        var tags = "ResourceType=vpc,Tags=[{Key=eksprov:environment,Value=cli},{Key=eksprov:expires-at,Value=2026-01-02T03:04:05Z}]";
        var vpcs = await Task.WhenAll(
            cli.RunAsync("ec2", "create-vpc", "--cidr-block", "10.0.0.0/16", "--tag-specifications", tags),
            cli.RunAsync("ec2", "create-vpc", "--cidr-block", "10.1.0.0/16", "--tag-specifications", tags));
        var role = await cli.RunAsync("iam", "create-role", "--role-name", "cli-role", "--assume-role-policy-document", Steps.TrustPolicy, "--tags", "Key=eksprov:expires-at,Value=2026-01-02T03:04:05Z");
        Assert.True(role.ExitCode == 0, role.ToString());

        var results = await Task.WhenAll(
            cli.RunAsync("resourcegroupstaggingapi", "get-resources", "--tag-filters", "Key=eksprov:expires-at", "--page-size", "1"),
            cli.RunAsync("resourcegroupstaggingapi", "get-resources", "--tag-filters", "Key=eksprov:environment,Values=other"),
            cli.RunAsync("resourcegroupstaggingapi", "get-resources", "--resources-per-page", "0", "--no-paginate"));
        var (paged, none, invalid) = (results[0], results[1], results[2]);

        // The CLI follows PaginationToken one resource a page and merges the pages; the IAM role is not there.
        Assert.Equal(
            vpcs.Select(v => "arn:aws:ec2:us-east-1:123456789012:vpc/" + v.Json["Vpc"]!["VpcId"]!.GetValue<string>()).Order(StringComparer.Ordinal),
            paged.Json["ResourceTagMappingList"]!.AsArray().Select(m => m!["ResourceARN"]!.GetValue<string>()));
        Assert.Empty(none.Json["ResourceTagMappingList"]!.AsArray());
        Assert.Equal("InvalidParameterException", invalid.ErrorCode);
    }
}
