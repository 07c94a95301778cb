using EksProvisioner.AwsSimulator.Faults;

namespace EksProvisioner.AwsSimulator.Tests.Faults;

public sealed class FaultInjectorTests
{
    private static readonly FaultError Throttled = new() { Code = "ThrottlingException", Status = 400 };

    [Fact]
    public void Decide_CallRule_FiresOnlyOnThatCall()
    {
        var injector = new FaultInjector();
        injector.Set(new FaultRules { Rules = [new FaultRule { Service = "eks", Operation = "CreateNodegroup", Call = 2, Error = Throttled }] });

        var calls = Enumerable.Range(0, 3).Select(_ => injector.Decide("eks", "CreateNodegroup").Error is not null).ToList();
        var other = injector.Decide("eks", "CreateCluster");

        Assert.Equal([false, true, false], calls);
        Assert.Null(other.Error);
    }

    [Fact]
    public void Decide_CallRuleAfterAnotherThatFired_StillCountsThatCall()
    {
        var injector = new FaultInjector();
        injector.Set(new FaultRules
        {
            Rules =
            [
                new FaultRule { Service = "ec2", Operation = "DeleteSubnet", Call = 1, Error = Throttled },
                new FaultRule { Service = "ec2", Operation = "DeleteSubnet", Call = 3, Error = Throttled },
            ],
        });

        var calls = Enumerable.Range(0, 4).Select(_ => injector.Decide("ec2", "DeleteSubnet").Error is not null).ToList();

        Assert.Equal([true, false, true, false], calls);
    }

    [Fact]
    public void Decide_SeededProbability_ReplaysIdenticallyAndRoughlyAtRate()
    {
        var rules = FaultRules.Parse("""{"rules": [{"service": "*", "operation": "*", "probability": 0.3, "seed": 7, "error": {"code": "ThrottlingException", "status": 400}}]}""");
        var first = new FaultInjector();
        var second = new FaultInjector();
        first.Set(rules);
        second.Set(rules);

        var a = Enumerable.Range(0, 200).Select(_ => first.Decide("ec2", "DescribeVpcs").Error is not null).ToList();
        var b = Enumerable.Range(0, 200).Select(_ => second.Decide("iam", "GetRole").Error is not null).ToList();

        Assert.Equal(a, b);
        Assert.InRange(a.Count(x => x), 35, 85);
    }

    [Fact]
    public void Decide_LatencyRule_AddsLatencyWithoutError()
    {
        var injector = new FaultInjector();
        injector.Set(FaultRules.Parse("""{"rules": [{"service": "ec2", "operation": "CreateNatGateway", "latencySeconds": 30}]}"""));

        var decision = injector.Decide("ec2", "CreateNatGateway");

        Assert.Equal(TimeSpan.FromSeconds(30), decision.Latency);
        Assert.Null(decision.Error);
    }

    [Theory]
    [InlineData("""{"rules": [{"service": "eks"}]}""")]
    [InlineData("""{"rules": [{"call": 0, "latencySeconds": 1}]}""")]
    [InlineData("""{"rules": [{"probability": 2, "latencySeconds": 1}]}""")]
    [InlineData("""{"rules": [{"error": {"status": 400}}]}""")]
    public void Parse_InvalidRule_Throws(string json) =>
        Assert.Throws<System.Text.Json.JsonException>(() => FaultRules.Parse(json));
}
