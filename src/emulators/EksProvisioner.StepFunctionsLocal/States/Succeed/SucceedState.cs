using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>A Succeed state: ends its graph successfully with its (filtered) input.</summary>
internal sealed record SucceedState(string Name) : State(Name)
{
    private static readonly HashSet<string> Fields = ["Type", "Comment", "QueryLanguage", "InputPath", "OutputPath"];

    public static StateKind Kind { get; } = new(Fields, DataFlowFields.InputPath | DataFlowFields.OutputPath, (name, _, _, _) => new SucceedState(name));

    public override string TypeName => "Succeed";

    public override Task<StateOutcome> ExecuteAsync(StateRun run, JsonNode? input, CancellationToken ct)
    {
        var ctx = run.Context();
        return Task.FromResult(new StateOutcome(Data.Output(Data.Input(input, ctx), ctx), null));
    }
}
