using System.Text.Json.Nodes;
using Amazon.Runtime;
using EksProvisioner.Aws;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal;
using EksProvisioner.StepFunctionsLocal.Api;
using EksProvisioner.Testing;
using EksProvisioner.Triggers.Environments;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.Triggers.Tests.Environments;

/// <summary>
/// Two state machines on the local engine, reached through our real Step Functions client. Each execution
/// runs one task that waits for the test to <see cref="Finish"/> it, so RUNNING is observable.
/// </summary>
internal sealed class SfnWorld : IDisposable
{
    public const string StackRegion = "eu-west-1";

    private readonly Dictionary<string, TaskCompletionSource<JsonNode?>> _gates = new(StringComparer.Ordinal);
    private readonly AwsClientFactory _factory;

    public SfnWorld()
    {
        Clock = new VirtualClock(VirtualClock.DefaultStart);
        // The stack (its machines) lives in eu-west-1, so requests for that region validate as they would there.
        Engine = new StepFunctionsEngine(Clock, Randomizers.Seeded(3), new StepFunctionsEngineOptions { Region = StackRegion });
        Engine.RegisterFunction("hold", (payload, _) => Gate(payload!["gate"]!.GetValue<string>()).Task);
        const string definition = """
            {"StartAt":"Hold","States":{"Hold":{"Type":"Task",
              "Resource":"arn:aws:lambda:eu-west-1:123456789012:function:hold",
              "Parameters":{"gate.$":"$$.Execution.Name"},"End":true}}}
            """;
        Machines = new StateMachines(Engine.CreateStateMachine("provision", definition), Engine.CreateStateMachine("teardown", definition));
        Handler = new StepFunctionsApiHandler(new StepFunctionsApi(Engine));
        _factory = new AwsClientFactory(
            TestAws.Options(handler: Handler),
            Clock,
            Randomizers.Fixed(0));
        Client = _factory.CreateStepFunctions();
        Environments = new EnvironmentExecutions(Client, Machines);
    }

    public VirtualClock Clock { get; }

    public StepFunctionsEngine Engine { get; }

    public StateMachines Machines { get; }

    public StepFunctionsApiHandler Handler { get; }

    public IStepFunctionsClient Client { get; }

    public EnvironmentExecutions Environments { get; }

    /// <summary>Lets the execution named <paramref name="name"/> end, successfully or failed, and waits for it.</summary>
    public async Task Finish(string executionArn, bool succeed = true)
    {
        var name = executionArn[(executionArn.LastIndexOf(':') + 1)..];
        if (succeed)
        {
            Gate(name).SetResult(new JsonObject { ["ok"] = true });
        }
        else
        {
            Gate(name).SetException(new InvalidOperationException("boom"));
        }

        await Engine.WaitForExecutionAsync(executionArn, TestContext.Current.CancellationToken);
    }

    /// <summary>Moves the virtual clock, so executions started next have later start dates.</summary>
    public void Later(int minutes = 5) => Clock.Advance(TimeSpan.FromMinutes(minutes));

    public void Dispose()
    {
        foreach (var gate in _gates.Values)
        {
            gate.TrySetCanceled();
        }

        _factory.Dispose();
    }

    private TaskCompletionSource<JsonNode?> Gate(string name)
    {
        lock (_gates)
        {
            if (!_gates.TryGetValue(name, out var gate))
            {
                gate = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _gates[name] = gate;
            }

            return gate;
        }
    }
}
