using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>A Pass state: passes its input, or a fixed <see cref="Result"/>, to its output.</summary>
internal sealed record PassState(string Name) : State(Name)
{
    private static readonly HashSet<string> Fields = ["Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "Result", "Assign"];

    public static StateKind Kind { get; } = new(Fields, DataFlowFields.Pass, (name, obj, _, _) => new PassState(name)
    {
        HasResult = obj.ContainsKey("Result"),
        Result = obj["Result"]?.DeepClone(),
    });

    public bool HasResult { get; init; }

    public JsonNode? Result { get; init; }

    public override string TypeName => "Pass";

    public override Task<StateOutcome> ExecuteAsync(StateRun run, JsonNode? input, CancellationToken ct)
    {
        var ctx = run.Context();
        var effective = Data.Input(input, ctx);
        var result = HasResult ? Result?.DeepClone() : Data.Payload(effective, ctx);
        return Task.FromResult(new StateOutcome(Data.Finish(input, result, ctx), Next));
    }
}
