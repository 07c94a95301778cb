using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Errors;

/// <summary>A Catch entry: where to go, and where the <c>{Error, Cause}</c> output goes (a null ResultPath discards it).</summary>
internal sealed record Catcher(IReadOnlyList<string> ErrorEquals, string Next, JsonPath? ResultPath, Assignment? Assign)
{
    private static readonly HashSet<string> Fields = ["ErrorEquals", "Next", "ResultPath", "Assign", "Comment", "Output"];

    /// <summary>Turns <paramref name="failure"/> into the state's output: Assign over <c>{Error, Cause}</c>, then ResultPath over the raw input.</summary>
    public StateOutcome Handle(StatesException failure, JsonNode? input, PathContext ctx)
    {
        // An error without a cause (a task timeout) is caught as "Cause": "" on AWS (aws-samples/serverless-coffee-workshop#15).
        var errorOutput = new JsonObject { ["Error"] = failure.Error, ["Cause"] = failure.Cause ?? "" };
        var assign = Assign?.Evaluate(errorOutput, ctx);
        var output = Selection.ApplyResultPath(ResultPath, input, errorOutput);
        if (assign is not null)
        {
            ctx.Scope.Commit(assign);
        }

        return new StateOutcome(output, Next);
    }

    public static Catcher Read(JsonObject o, string loc, bool last, DefinitionReader r)
    {
        r.CheckFields(o, loc, Fields);
        if (o.ContainsKey("Output"))
        {
            r.Problem($"{loc}/Output", "Output belongs to JSONata, which the local engine does not support yet");
        }

        var errors = Errors.ErrorEquals.Read(o, loc, last, r);
        return new Catcher(errors, r.RequiredString(o, "Next", loc) ?? "", r.PathField(o, "ResultPath", loc, reference: true), r.Assign(o, loc));
    }
}
