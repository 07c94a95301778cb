using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;

namespace EksProvisioner.StepFunctionsLocal.Errors;

/// <summary>The ErrorEquals field of retriers and catchers, and how an error picks the first that matches.</summary>
internal static class ErrorEquals
{
    /// <summary>"States.ALL ... MUST appear alone in its ErrorEquals array and MUST appear in the last Retrier/Catcher."</summary>
    public static List<string> Read(JsonObject o, string loc, bool last, DefinitionReader r)
    {
        if (o["ErrorEquals"] is not JsonArray array || array.Count == 0)
        {
            r.Problem($"{loc}/ErrorEquals", "ErrorEquals is required and must be a non-empty array of strings");
            return [];
        }

        var names = new List<string>();
        foreach (var item in array)
        {
            if (DefinitionReader.Str(item) is { } name)
            {
                names.Add(name);
                if (name.StartsWith("States.", StringComparison.Ordinal) && !StatesErrors.Known.Contains(name))
                {
                    r.Problem($"{loc}/ErrorEquals", $"'{name}' is not a predefined States error name");
                }
            }
            else
            {
                r.Problem($"{loc}/ErrorEquals", "error names must be strings");
            }
        }

        if (names.Contains(StatesErrors.All))
        {
            if (names.Count > 1)
            {
                r.Problem($"{loc}/ErrorEquals", "States.ALL must appear alone in its ErrorEquals array");
            }

            if (!last)
            {
                r.Problem($"{loc}/ErrorEquals", "States.ALL must appear in the last retrier or catcher");
            }
        }

        return names;
    }

    /// <summary>The index of the first list that matches <paramref name="error"/>, or -1.</summary>
    public static int IndexOfMatch(IEnumerable<IReadOnlyList<string>> lists, string error)
    {
        var i = 0;
        foreach (var list in lists)
        {
            if (StatesErrors.Matches(list, error))
            {
                return i;
            }

            i++;
        }

        return -1;
    }
}
