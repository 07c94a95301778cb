using EksProvisioner.Aws;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Cli.Backends;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal;
using EksProvisioner.StepFunctionsLocal.Api;
using EksProvisioner.StepFunctionsLocal.Lambda;
using EksProvisioner.StepFunctionsLocal.Time;
using EksProvisioner.Testing;

namespace EksProvisioner.Cli.Tests.Graphs;

/// <summary>
/// Runs a definition on the local engine (virtual clock) and reads its history back through our Step Functions
/// client, as <c>eksprov history</c> does. Functions: Flaky (fails with Transient twice, then succeeds) and
/// Fail (always fails with Broken).
/// </summary>
internal static class LocalRun
{
    public static async Task<IReadOnlyList<HistoryEvent>> HistoryAsync(string definition)
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        var engine = new StepFunctionsEngine(clock, Randomizers.Fixed(0.5));
        var calls = 0;
        engine.RegisterFunction("Flaky", (payload, _) => ++calls <= 2 ? throw new LambdaFunctionException("Transient", "not yet") : Task.FromResult(payload));
        engine.RegisterFunction("Fail", (_, _) => throw new LambdaFunctionException("Broken", "it broke"));
        var arn = engine.CreateStateMachine("graph", definition);
        var result = await engine.RunExecutionAsync(arn, "{}", "run", TestContext.Current.CancellationToken);
        using var factory = new AwsClientFactory(TestAws.Options(handler: new StepFunctionsApiHandler(new StepFunctionsApi(engine))), clock, Randomizers.Fixed(0));
        return await ExecutionFollower.ReadAsync(factory.CreateStepFunctions(), result.ExecutionArn, TestContext.Current.CancellationToken);
    }
}
