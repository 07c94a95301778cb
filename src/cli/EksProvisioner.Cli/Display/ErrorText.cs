using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EksProvisioner.Cli.Display;

/// <summary>
/// An execution's error as a person reads it: the error name and one sentence, the AWS request id when
/// the message carries one, what the rollback removed; the raw Cause only when asked (--verbose).
/// </summary>
internal static partial class ErrorText
{
    public static IEnumerable<string> Lines(string error, string? cause, bool verbose)
    {
        var (message, rest) = Split(cause);
        yield return $"Error:             {error}{(message is null ? "" : ": " + FirstSentence(message))}";
        if (message is not null && RequestId().Match(message) is { Success: true } id)
        {
            yield return $"Request id:        {id.Groups[1].Value}";
        }

        if (rest is not null && RolledBack(rest) is { } count)
        {
            yield return $"Rolled back:       {count} resource{(count == 1 ? "" : "s")}";
        }

        if (verbose && cause is not null)
        {
            yield return $"Cause:             {cause}";
        }
    }

    /// <summary>The stage's errorMessage (a Lambda error document) and what our workflow appended after " | ".</summary>
    private static (string? Message, string? Appended) Split(string? cause)
    {
        if (string.IsNullOrWhiteSpace(cause))
        {
            return (null, null);
        }

        var bar = cause.IndexOf(" | ", StringComparison.Ordinal);
        var head = bar < 0 ? cause : cause[..bar];
        var rest = bar < 0 ? null : cause[(bar + 3)..];
        try
        {
            return (JsonNode.Parse(head)?["errorMessage"]?.GetValue<string>() ?? head, rest);
        }
        catch (JsonException)
        {
            return (head, rest);
        }
    }

    private static int? RolledBack(string rest)
    {
        const string Prefix = "rolled back: ";
        if (!rest.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(rest[Prefix.Length..]) is JsonArray removed ? removed.Count : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n')[0].Trim();
        var end = line.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? line : line[..(end + 1)];
    }

    [GeneratedRegex(@"Request ?ID:?\s*([A-Za-z0-9-]{8,})", RegexOptions.IgnoreCase)]
    private static partial Regex RequestId();
}
