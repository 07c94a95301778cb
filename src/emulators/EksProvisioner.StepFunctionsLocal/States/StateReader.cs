using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>
/// Reads one state: its type picks the <see cref="StateKind"/>; the fields every type shares are read here. A new
/// state type is one class (its <c>Kind</c>, fields and <see cref="State.ExecuteAsync"/>) and one line in the table.
/// </summary>
internal static class StateReader
{
    private static readonly Dictionary<string, StateKind> Kinds = new(StringComparer.Ordinal)
    {
        ["Task"] = TaskState.Kind,
        ["Pass"] = PassState.Kind,
        ["Wait"] = WaitState.Kind,
        ["Choice"] = ChoiceState.Kind,
        ["Succeed"] = SucceedState.Kind,
        ["Fail"] = FailState.Kind,
        ["Parallel"] = ParallelState.Kind,
        ["Map"] = MapState.Kind,
    };

    public static State? Read(string name, JsonObject obj, string at, DefinitionReader reader)
    {
        var type = reader.RequiredString(obj, "Type", at);
        if (type is null)
        {
            return null;
        }

        if (!Kinds.TryGetValue(type, out var kind))
        {
            reader.Problem($"{at}/Type", $"'{type}' is not a state type (Task, Pass, Wait, Choice, Succeed, Fail, Parallel, Map)");
            return null;
        }

        var jsonata = reader.IsJsonata(obj);
        reader.CheckFields(obj, at, jsonata ? DefinitionReader.JsonataFields(kind.Fields, kind.DataFlow) : kind.Fields);
        reader.CheckQueryLanguage(obj, at);
        // Saved and restored: a Parallel or Map reads its nested states, which may differ, inside its own Read.
        var outer = reader.InJsonataState;
        reader.InJsonataState = jsonata;
        var read = kind.Read(name, obj, at, reader);
        reader.InJsonataState = outer;
        if (read is not { } state)
        {
            return null;
        }

        var terminalByType = !kind.Fields.Contains("End");
        var next = terminalByType ? null : reader.OptionalString(obj, "Next", at);
        var end = false;
        if (obj.TryGetPropertyValue("End", out var endNode))
        {
            end = endNode?.GetValueKind() == JsonValueKind.True;
            if (!JsonValues.IsBoolean(endNode))
            {
                reader.Problem($"{at}/End", "End must be a boolean");
            }
        }

        if (!terminalByType && (next is null) == !end)
        {
            reader.Problem(at, next is null ? "a non-terminal state must have exactly one of Next or End: true" : "Next and End: true cannot both be set");
        }

        return state with
        {
            Comment = reader.OptionalString(obj, "Comment", at),
            Next = next,
            End = end || type is "Succeed" or "Fail",
            Data = jsonata ? reader.ReadJsonataDataFlow(obj, at) : reader.ReadJsonPathDataFlow(obj, at, kind.DataFlow),
        };
    }
}
