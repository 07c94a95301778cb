using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>A Fail state: ends the execution with an error name and cause, literal or from a path or intrinsic function.</summary>
internal sealed record FailState(string Name) : State(Name)
{
    private static readonly HashSet<string> Fields = ["Type", "Comment", "QueryLanguage", "Error", "ErrorPath", "Cause", "CausePath"];

    public static StateKind Kind { get; } = new(Fields, DataFlowFields.None, Read);

    public string? Error { get; init; }

    public DynamicValue? ErrorPath { get; init; }

    public string? Cause { get; init; }

    public DynamicValue? CausePath { get; init; }

    /// <summary>JSONata: Error and Cause, each a literal or a <c>{% %}</c> expression over <c>$states.input</c>.</summary>
    public (JsonataTemplate? Error, JsonataTemplate? Cause) Jsonata { get; init; }

    public override string TypeName => "Fail";

    public override Task<StateOutcome> ExecuteAsync(StateRun run, JsonNode? input, CancellationToken ct)
    {
        var ctx = run.Context();
        if (Jsonata is not (null, null))
        {
            var bindings = JsonataDataFlow.Bindings(input, null, ctx);
            return Task.FromException<StateOutcome>(new StatesException(
                JsonValues.AsString(Jsonata.Error?.Evaluate(bindings, ctx)) ?? "",
                JsonValues.AsString(Jsonata.Cause?.Evaluate(bindings, ctx))));
        }

        var error = Error ?? Text(ErrorPath, "ErrorPath", input, ctx);
        var cause = Cause ?? Text(CausePath, "CausePath", input, ctx);
        return Task.FromException<StateOutcome>(new StatesException(error ?? "", cause));
    }

    private string? Text(DynamicValue? value, string field, JsonNode? input, PathContext ctx) =>
        value is null ? null
            : value.Evaluate(input, ctx, field) is var v && JsonValues.AsString(v) is { } s ? s
            : throw new StatesException(StatesErrors.Runtime, $"The {field} of state '{Name}' does not reference a string: {JsonValues.ToJson(v)}");

    private static FailState Read(string name, JsonObject obj, string at, DefinitionReader r)
    {
        if (r.IsJsonata(obj))
        {
            return new FailState(name)
            {
                Jsonata = (
                    obj.TryGetPropertyValue("Error", out var error) ? r.JsonataValue(error, at, "Error") : null,
                    obj.TryGetPropertyValue("Cause", out var cause) ? r.JsonataValue(cause, at, "Cause") : null),
            };
        }

        r.CheckExclusive(obj, at, "Error", "ErrorPath");
        r.CheckExclusive(obj, at, "Cause", "CausePath");
        return new FailState(name)
        {
            Error = r.OptionalString(obj, "Error", at),
            Cause = r.OptionalString(obj, "Cause", at),
            ErrorPath = Dynamic(obj, "ErrorPath", at, r),
            CausePath = Dynamic(obj, "CausePath", at, r),
        };
    }

    /// <summary>ErrorPath/CausePath accept a path or an intrinsic function.</summary>
    private static DynamicValue? Dynamic(JsonObject obj, string field, string at, DefinitionReader r) =>
        r.OptionalString(obj, field, at) is null ? null : r.Dynamic(obj[field], $"{at}/{field}");
}
