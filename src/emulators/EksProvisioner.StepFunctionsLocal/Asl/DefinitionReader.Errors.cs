using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>Retry and Catch readers, with the specification's rules on ErrorEquals and retrier fields.</summary>
internal sealed partial class DefinitionReader
{
    private static readonly HashSet<string> RetrierFields = ["ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment"];
    private static readonly HashSet<string> CatcherFields = ["ErrorEquals", "Next", "ResultPath", "Assign", "Comment", "Output"];

    private ErrorHandling ReadErrorHandling(JsonObject obj, string at)
    {
        var retry = ReadList(obj, "Retry", at, (o, loc, last) =>
        {
            CheckFields(o, loc, RetrierFields);
            var errors = ReadErrorEquals(o, loc, last);
            var jitter = OptionalString(o, "JitterStrategy", loc);
            if (jitter is not null and not ("FULL" or "NONE"))
            {
                Problem($"{loc}/JitterStrategy", "JitterStrategy must be FULL or NONE");
            }

            return new Retrier(
                errors,
                (int)(OptionalInt(o, "IntervalSeconds", loc, 1) ?? 1),
                (int)(OptionalInt(o, "MaxAttempts", loc, 0) ?? 3),
                OptionalNumber(o, "BackoffRate", loc, 1.0, double.MaxValue) ?? 2.0,
                (int?)OptionalInt(o, "MaxDelaySeconds", loc, 1),
                jitter == "FULL" ? JitterStrategy.Full : JitterStrategy.None);
        });
        var catchers = ReadList(obj, "Catch", at, (o, loc, last) =>
        {
            CheckFields(o, loc, CatcherFields);
            if (o.ContainsKey("Output"))
            {
                Problem($"{loc}/Output", "Output belongs to JSONata, which the local engine does not support yet");
            }

            var errors = ReadErrorEquals(o, loc, last);
            return new Catcher(errors, RequiredString(o, "Next", loc) ?? "", PathField(o, "ResultPath", loc, reference: true), AssignField(o, loc));
        });
        return retry.Count == 0 && catchers.Count == 0 ? ErrorHandling.None : new ErrorHandling(retry, catchers);
    }

    private List<T> ReadList<T>(JsonObject obj, string field, string at, Func<JsonObject, string, bool, T> read)
    {
        var list = new List<T>();
        if (!obj.TryGetPropertyValue(field, out var node))
        {
            return list;
        }

        if (node is not JsonArray array)
        {
            Problem($"{at}/{field}", $"{field} must be an array");
            return list;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject o)
            {
                list.Add(read(o, $"{at}/{field}/{i}", i == array.Count - 1));
            }
            else
            {
                Problem($"{at}/{field}/{i}", "must be an object");
            }
        }

        return list;
    }

    /// <summary>"States.ALL ... MUST appear alone in its ErrorEquals array and MUST appear in the last Retrier/Catcher."</summary>
    private List<string> ReadErrorEquals(JsonObject o, string loc, bool last)
    {
        if (o["ErrorEquals"] is not JsonArray array || array.Count == 0)
        {
            Problem($"{loc}/ErrorEquals", "ErrorEquals is required and must be a non-empty array of strings");
            return [];
        }

        var names = new List<string>();
        foreach (var item in array)
        {
            if (Str(item) is { } name)
            {
                names.Add(name);
                if (name.StartsWith("States.", StringComparison.Ordinal) && !StatesErrors.Known.Contains(name))
                {
                    Problem($"{loc}/ErrorEquals", $"'{name}' is not a predefined States error name");
                }
            }
            else
            {
                Problem($"{loc}/ErrorEquals", "error names must be strings");
            }
        }

        if (names.Contains(StatesErrors.All))
        {
            if (names.Count > 1)
            {
                Problem($"{loc}/ErrorEquals", "States.ALL must appear alone in its ErrorEquals array");
            }

            if (!last)
            {
                Problem($"{loc}/ErrorEquals", "States.ALL must appear in the last retrier or catcher");
            }
        }

        return names;
    }
}
