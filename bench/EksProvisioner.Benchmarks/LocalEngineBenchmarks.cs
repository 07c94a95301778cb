using BenchmarkDotNet.Attributes;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal;
using EksProvisioner.StepFunctionsLocal.Mocks;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.Benchmarks;

/// <summary>One execution of the 30-state workflow on the local engine (mocked tasks, virtual-time waits), in JSONPath or JSONata.</summary>
[MemoryDiagnoser]
public class LocalEngineBenchmarks
{
    private StepFunctionsEngine _engine = null!;
    private string _arn = null!;
    private int _count;

    /// <summary>Runs <see cref="Definitions.JsonataWorkflow"/> instead of the JSONPath one.</summary>
    [Params(false, true)]
    public bool Jsonata { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = new StepFunctionsEngine(new VirtualClock(VirtualClock.DefaultStart), Randomizers.Seeded(1), new StepFunctionsEngineOptions { MockConfig = MockConfig.Parse(Definitions.MockConfig) });
        _arn = _engine.CreateStateMachine("bench", Jsonata ? Definitions.JsonataWorkflow() : Definitions.Workflow(tasksAsPass: false)) + "#Happy";
    }

    [Benchmark]
    public Task<ExecutionResult> Execution() =>
        _engine.RunExecutionAsync(_arn, """{"id":"env-1"}""", $"run-{_count++}");
}
