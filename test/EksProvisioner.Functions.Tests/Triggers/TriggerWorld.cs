using EksProvisioner.Core.Time;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Functions.Triggers;
using EksProvisioner.StepFunctionsLocal;
using EksProvisioner.StepFunctionsLocal.Api;
using EksProvisioner.Testing;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.Functions.Tests.Triggers;

/// <summary>
/// What a trigger function (events, reaper) sees in its account: both state machines (one Pass state each)
/// on the local engine, their ARNs in the function's environment, and stage clients in its region whose
/// Step Functions calls reach the engine in process.
/// </summary>
internal sealed class TriggerWorld : IDisposable
{
    /// <summary>The function's region, and its stack's: the one the template tests deploy to.</summary>
    public const string Region = Deployment.TemplateValues.Region;

    private const string PassDefinition = """{"StartAt":"Done","States":{"Done":{"Type":"Pass","End":true}}}""";

    /// <param name="wrap">Puts another handler in front of the engine's API (to answer other services).</param>
    public TriggerWorld(Func<HttpMessageHandler, HttpMessageHandler>? wrap = null)
    {
        Engine = new StepFunctionsEngine(Clock, Randomizers.Seeded(1), new StepFunctionsEngineOptions { Region = Region });
        Environment = new Dictionary<string, string>
        {
            [TriggerSettings.ProvisionStateMachineVariable] = Engine.CreateStateMachine("provision", PassDefinition),
            [TriggerSettings.TeardownStateMachineVariable] = Engine.CreateStateMachine("teardown", PassDefinition),
        };
        States = new StepFunctionsApiHandler(new StepFunctionsApi(Engine));
        Http = wrap?.Invoke(States) ?? States;
        Clients = new StageClients(TestAws.Options(handler: Http, region: Region), Clock, Randomizers.Fixed(0.5));
    }

    public VirtualClock Clock { get; } = new(VirtualClock.DefaultStart);

    public StepFunctionsEngine Engine { get; }

    /// <summary>The function's environment variables; tests may change them before constructing a handler.</summary>
    public Dictionary<string, string> Environment { get; }

    public StringWriter Log { get; } = new();

    /// <summary>The engine's API as the clients reach it; counts the calls per operation.</summary>
    public StepFunctionsApiHandler States { get; }

    public HttpMessageHandler Http { get; }

    public StageClients Clients { get; }

    public string? Variable(string name) => Environment.GetValueOrDefault(name);

    public void Dispose()
    {
        Clients.Dispose();
        Http.Dispose();
        Log.Dispose();
    }
}
