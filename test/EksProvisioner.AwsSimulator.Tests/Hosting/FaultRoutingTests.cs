using System.Net;
using EksProvisioner.AwsSimulator.Faults;
using EksProvisioner.AwsSimulator.Tests.Support;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.AwsSimulator.Tests.Hosting;

/// <summary>Faults applied by the router, answered in each service's own error shape.</summary>
public sealed class FaultRoutingTests
{
    [Fact]
    public async Task PutFaults_EksCall_RestJsonErrorWithErrorTypeHeader()
    {
        await using var sim = await Sim.StartAsync();
        var put = await sim.Client.ControlAsync(
            HttpMethod.Put,
            "/_simulator/faults",
            """{"rules": [{"service": "eks", "operation": "ListClusters", "call": 1, "error": {"code": "ResourceLimitExceededException", "status": 400, "message": "no more"}}]}""");

        var faulted = await sim.Client.RestAsync(HttpMethod.Get, "/clusters");
        var next = await sim.Client.RestAsync(HttpMethod.Get, "/clusters");

        Assert.Equal(HttpStatusCode.OK, put.Status);
        Assert.Equal(HttpStatusCode.BadRequest, faulted.Status);
        Assert.Equal("ResourceLimitExceededException", faulted.Headers["x-amzn-ErrorType"]);
        Assert.Equal("no more", faulted.Json["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, next.Status);
    }

    [Theory]
    [InlineData("iam", "ErrorResponse")]
    [InlineData("ec2", "Response")]
    [InlineData("sts", "ErrorResponse")]
    public async Task Fault_QueryServices_XmlErrorShapeOfTheService(string service, string root)
    {
        await using var sim = await Sim.StartAsync(new AwsSimulatorOptions
        {
            Faults = new FaultRules { Rules = [new FaultRule { Service = service, Error = new FaultError { Code = "Throttling", Status = 400 } }] },
        });

        var reply = await sim.Client.QueryAsync(service, "AnyAction");

        Assert.Equal(root, reply.Xml.Name.LocalName);
        Assert.Equal("Throttling", reply.ErrorCode);
    }

    [Fact]
    public async Task Fault_LatencySeconds_AdvancesVirtualClockThenAnswers()
    {
        await using var sim = await Sim.StartAsync();
        await sim.Simulator.SetFaultsAsync(FaultRules.Parse("""{"rules": [{"service": "sts", "operation": "GetCallerIdentity", "latencySeconds": 30}]}"""), TestContext.Current.CancellationToken);
        var before = sim.Clock.GetUtcNow();

        var reply = await sim.Client.QueryAsync("sts", "GetCallerIdentity");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(before.AddSeconds(30), sim.Clock.GetUtcNow());
    }

    [Fact]
    public async Task PutFaults_InvalidJson_BadRequestAndRulesUnchanged()
    {
        await using var sim = await Sim.StartAsync();

        var reply = await sim.Client.ControlAsync(HttpMethod.Put, "/_simulator/faults", """{"rules": [{"service": "eks"}]}""");
        var current = await sim.Client.ControlAsync(HttpMethod.Get, "/_simulator/faults");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Empty(current.Json["rules"]!.AsArray());
    }
}
