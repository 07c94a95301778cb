using System.Text.RegularExpressions;

namespace EksProvisioner.Core.Teardown;

/// <summary>
/// The one wording of "teardown left something": VerifyTeardown writes it as TeardownIncompleteException's
/// message, and the CLI reads it back (from the execution's cause) to list what is left and why. Keeping
/// both ends here means the list survives the trip through Step Functions' error cause.
/// </summary>
public static partial class TeardownReport
{
    /// <summary>Why a resource is left when no delete of it was refused (it was never reached, or is still going).</summary>
    public const string StillExists = "still exists";

    /// <summary>The message for <paramref name="remaining"/> (<c>type:id</c>) and the refusals (<c>type:id: code: message</c>).</summary>
    public static string Message(string environment, IReadOnlyCollection<string> remaining, IReadOnlyCollection<string> refused)
    {
        ArgumentNullException.ThrowIfNull(remaining);
        ArgumentNullException.ThrowIfNull(refused);
        var why = refused.Count == 0 ? "" : $"; refused: {string.Join("; ", refused)}";
        return $"teardown of environment {environment} left {remaining.Count} resource(s): {string.Join(", ", remaining)}{why}";
    }

    /// <summary>What <see cref="Message"/> listed, found anywhere in <paramref name="text"/>; empty when it lists nothing.</summary>
    public static IReadOnlyList<LeftResource> Parse(string? text)
    {
        var match = text is null ? null : Report().Match(text);
        if (match is null || !match.Success)
        {
            return [];
        }

        var refused = Refusals(match.Groups["refused"].Value);
        return
        [
            .. match.Groups["items"].Value.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(item =>
            {
                // "eks-cluster:dev (DELETING)": the refusal names the resource without its state.
                var id = item.Split(" (")[0];
                var reason = refused.FirstOrDefault(r => r.StartsWith(id + ": ", StringComparison.Ordinal));
                return new LeftResource(item, reason is null ? StillExists : reason[(id.Length + 2)..]);
            }),
        ];
    }

    private static List<string> Refusals(string text)
    {
        // AWS's own messages may hold "; ": a piece that does not start with "type:id: " continues the one before.
        var refusals = new List<string>();
        foreach (var piece in text.Split("; "))
        {
            if (refusals.Count > 0 && !Refusal().IsMatch(piece))
            {
                refusals[^1] += "; " + piece;
            }
            else
            {
                refusals.Add(piece);
            }
        }

        return refusals;
    }

    [GeneratedRegex(@"left \d+ resource\(s\): (?<items>.*?)(?:; refused: (?<refused>.*))?$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Report();

    [GeneratedRegex(@"^[a-z0-9-]+:\S+: ", RegexOptions.CultureInvariant)]
    private static partial Regex Refusal();
}
