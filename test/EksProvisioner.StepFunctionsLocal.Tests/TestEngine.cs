using System.Text.Json.Nodes;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Lambda;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.StepFunctionsLocal.Tests;

/// <summary>
/// A fresh engine on a virtual clock with a fixed randomizer and the fixture functions registered:
/// Echo (returns its event), Hello ("Hello, {who}!"), Fail (throws the errorType/message it is given),
/// Add (a + b), Throw (throws InvalidOperationException), Sleep (returns its event after <c>seconds</c> of virtual
/// time), Big (returns <c>text</c> repeated <c>count</c> times).
/// </summary>
internal static class TestEngine
{
    public static StepFunctionsEngine Create(VirtualClock? clock = null, Randomizer? random = null, StepFunctionsEngineOptions? options = null)
    {
        var engine = new StepFunctionsEngine(clock ?? new VirtualClock(VirtualClock.DefaultStart), random ?? Randomizers.Fixed(0.5), options);
        engine.RegisterFunction("Echo", (payload, _) => Task.FromResult(payload));
        engine.RegisterFunction("Hello", (payload, _) => Task.FromResult<JsonNode?>(JsonValue.Create($"Hello, {payload?["who"]}!")));
        engine.RegisterFunction("Add", (payload, _) => Task.FromResult<JsonNode?>(JsonValue.Create(payload!["a"]!.GetValue<int>() + payload["b"]!.GetValue<int>())));
        engine.RegisterFunction("Fail", (payload, _) => throw new LambdaFunctionException(payload?["errorType"]?.GetValue<string>() ?? "CustomError", payload?["message"]?.GetValue<string>() ?? "failed"));
        engine.RegisterFunction("Throw", (_, _) => throw new InvalidOperationException("boom"));
        engine.RegisterFunction("Sleep", async (payload, ct) =>
        {
            await engine.DelayAsync(TimeSpan.FromSeconds(payload!["seconds"]!.GetValue<int>()), ct);
            return payload;
        });
        engine.RegisterFunction("Big", (payload, _) => Task.FromResult<JsonNode?>(JsonValue.Create(string.Concat(Enumerable.Repeat(payload!["text"]!.GetValue<string>(), payload["count"]!.GetValue<int>())))));
        return engine;
    }

    public static string Lambda(string name) => $"arn:aws:lambda:us-east-1:123456789012:function:{name}";

    public static async Task<ExecutionResult> RunAsync(StepFunctionsEngine engine, string definition, string input = "{}", string name = "machine")
    {
        var arn = engine.CreateStateMachine(name, definition);
        return await engine.RunExecutionAsync(arn, input, "first", cancellationToken: TestContext.Current.CancellationToken);
    }
}
