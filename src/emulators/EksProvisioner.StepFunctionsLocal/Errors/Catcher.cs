using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Errors;

/// <summary>A Catch entry: where to go, and where the <c>{Error, Cause}</c> output goes (a null ResultPath discards it).</summary>
internal sealed record Catcher(IReadOnlyList<string> ErrorEquals, string Next, JsonPath? ResultPath, Assignment? Assign)
{
    private static readonly HashSet<string> JsonataFields = ["ErrorEquals", "Next", "Assign", "Comment", "Output"];

    /// <summary>In a JSONata state: the catcher's Output and Assign (its ResultPath is JSONPath only).</summary>
    public JsonataDataFlow? Jsonata { get; init; }

    private static readonly HashSet<string> Fields = ["ErrorEquals", "Next", "ResultPath", "Assign", "Comment"];

    /// <summary>Turns <paramref name="failure"/> into the state's output: Assign over <c>{Error, Cause}</c>, then ResultPath over the raw input.</summary>
    public StateOutcome Handle(StatesException failure, JsonNode? input, PathContext ctx)
    {
        // An error without a cause (a task timeout) is caught as "Cause": "" on AWS (aws-samples/serverless-coffee-workshop#15).
        var errorOutput = new JsonObject { ["Error"] = failure.Error, ["Cause"] = failure.Cause ?? "" };
        if (Jsonata is not null)
        {
            return new StateOutcome(Jsonata.Caught(input, errorOutput, ctx), Next);
        }

        var assign = Assign?.Evaluate(errorOutput, ctx);
        var output = Selection.ApplyResultPath(ResultPath, input, errorOutput);
        if (assign is not null)
        {
            ctx.Scope.Commit(assign);
        }

        return new StateOutcome(output, Next);
    }

    private static JsonataDataFlow ReadJsonata(JsonObject o, string loc, DefinitionReader r)
    {
        var (at, prefix) = DefinitionReader.ListEntry(loc);
        return r.ReadJsonataDataFlow(o, at, prefix);
    }

    public static Catcher Read(JsonObject o, string loc, bool last, DefinitionReader r)
    {
        if (r.InJsonataState)
        {
            r.CheckFields(o, loc, JsonataFields);
            return new Catcher(Errors.ErrorEquals.Read(o, loc, last, r), r.RequiredString(o, "Next", loc) ?? "", null, null) { Jsonata = ReadJsonata(o, loc, r) };
        }

        r.CheckFields(o, loc, Fields);
        var errors = Errors.ErrorEquals.Read(o, loc, last, r);
        return new Catcher(errors, r.RequiredString(o, "Next", loc) ?? "", r.PathField(o, "ResultPath", loc, reference: true), r.Assign(o, loc));
    }
}
