using EksProvisioner.AwsSimulator.Faults;
using EksProvisioner.StepFunctionsLocal;

namespace EksProvisioner.Scenarios.Tests;

/// <summary>Faults injected by the simulator: every create call failing in turn, and steady throttling.</summary>
public sealed class FaultScenarioTests
{
    /// <summary>Every create call the workflow makes for a request using every feature, with a non-transient error of that service.</summary>
    public static TheoryData<string, string, string> CreateCalls => new()
    {
        { "iam", "CreateRole", "LimitExceeded" },
        { "iam", "AttachRolePolicy", "LimitExceeded" },
        { "ec2", "CreateVpc", "VpcLimitExceeded" },
        { "ec2", "CreateSubnet", "InvalidSubnet.Conflict" },
        { "ec2", "CreateInternetGateway", "InternetGatewayLimitExceeded" },
        { "ec2", "AttachInternetGateway", "UnauthorizedOperation" },
        { "ec2", "CreateRouteTable", "RouteTableLimitExceeded" },
        { "ec2", "CreateRoute", "UnauthorizedOperation" },
        { "ec2", "AssociateRouteTable", "UnauthorizedOperation" },
        { "ec2", "CreateSecurityGroup", "SecurityGroupLimitExceeded" },
        { "ec2", "AllocateAddress", "AddressLimitExceeded" },
        { "ec2", "CreateNatGateway", "NatGatewayLimitExceeded" },
        { "eks", "CreateCluster", "ResourceLimitExceededException" },
        { "eks", "CreateNodegroup", "ResourceLimitExceededException" },
        { "eks", "CreateFargateProfile", "ResourceLimitExceededException" },
        { "eks", "CreateAddon", "ResourceLimitExceededException" },
        { "eks", "CreateAccessEntry", "ResourceLimitExceededException" },
        { "eks", "AssociateAccessPolicy", "ResourceLimitExceededException" },
    };

    [Fact]
    public async Task Up_EveryFeatureWithoutFaults_SucceedsAndDownLeavesNothing()
    {
        await using var scenario = await LocalScenario.StartAsync();

        var up = await scenario.UpAsync("full", LocalScenario.FullRequest("full"));
        var down = await scenario.DownAsync("full");

        Assert.True(up.Result.Status == ExecutionStatus.Succeeded, $"{up.Result.Error}: {up.Result.Cause}");
        Assert.True(down.Result.Status == ExecutionStatus.Succeeded, $"{down.Result.Error}: {down.Result.Cause}");
        Assert.Empty(await scenario.TaggedAsync("full"));
    }

    [Theory]
    [MemberData(nameof(CreateCalls))]
    public async Task Up_CreateCallFails_EndsFailedAfterRollbackLeavingNothing(string service, string operation, string code)
    {
        var faults = new FaultRules
        {
            Rules = [new FaultRule { Service = service, Operation = operation, Call = 1, Error = new FaultError { Code = code, Message = "injected" } }],
        };
        await using var scenario = await LocalScenario.StartAsync(faults);

        var run = await scenario.UpAsync("full", LocalScenario.FullRequest("full"));

        Assert.Equal(ExecutionStatus.Failed, run.Result.Status);
        Assert.False(string.IsNullOrEmpty(run.Result.Error));
        Assert.Empty(await scenario.TaggedAsync("full"));
    }

    [Fact]
    public async Task Up_SlowCreateClusterCall_SucceedsLaterInSimulatedTime()
    {
        // The delay lands while a Lambda task is in flight (virtual time held still): it must advance the clock, not wait on it.
        var faults = new FaultRules { Rules = [new FaultRule { Service = "eks", Operation = "CreateCluster", LatencySeconds = 45 }] };
        await using var baseline = await LocalScenario.StartAsync();
        await using var slow = await LocalScenario.StartAsync(faults);

        var fast = await baseline.UpAsync("dev");
        var run = await slow.UpAsync("dev");

        Assert.Equal(ExecutionStatus.Succeeded, run.Result.Status);
        // Later by the delay, less what the polling schedule (anchored on EKS's createdAt) absorbs.
        Assert.True(run.SimulatedSeconds > fast.SimulatedSeconds, $"{run.SimulatedSeconds} vs {fast.SimulatedSeconds}");
    }

    [Fact]
    public async Task Up_ThirtyPercentThrottling_StillSucceeds()
    {
        var faults = new FaultRules
        {
            Rules = [new FaultRule { Probability = 0.3, Seed = 7, Error = new FaultError { Code = "Throttling", Message = "Rate exceeded" } }],
        };
        await using var scenario = await LocalScenario.StartAsync(faults);

        var run = await scenario.UpAsync("dev");

        Assert.True(run.Result.Status == ExecutionStatus.Succeeded, $"{run.Result.Error}: {run.Result.Cause}");
        Assert.Contains(run.History, e => e.Type == "LambdaFunctionFailed");
    }
}
