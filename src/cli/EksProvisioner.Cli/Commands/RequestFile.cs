using System.Text.Json;

namespace EksProvisioner.Cli.Commands;

/// <summary>Reads a request file, turning the ways that can fail into one clear line on stderr.</summary>
internal static class RequestFile
{
    /// <summary>The file's text, or null after reporting why it could not be read.</summary>
    public static async Task<string?> ReadAsync(string path, TextWriter stderr, CancellationToken cancellationToken)
    {
        string? reason;
        try
        {
            if (Directory.Exists(path))
            {
                reason = "it is a directory; give a JSON file";
            }
            else if (!File.Exists(path))
            {
                reason = "no such file";
            }
            else
            {
                var text = await File.ReadAllTextAsync(path, cancellationToken);
                if (NotJson(text) is not { } problem)
                {
                    return text;
                }

                await stderr.WriteLineAsync($"eksprov: {path} {problem}");
                return null;
            }
        }
        catch (IOException ex)
        {
            reason = ex.Message;
        }
        catch (UnauthorizedAccessException ex)
        {
            reason = ex.Message;
        }

        await stderr.WriteLineAsync($"eksprov: cannot read '{path}': {reason}");
        return null;
    }

    /// <summary>
    /// Where and why the text is not JSON, as an editor counts (1-based line), or null. An empty file is
    /// left to the request's own validation, which says what to put in it.
    /// </summary>
    internal static string? NotJson(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return null;
        }
        catch (JsonException e)
        {
            // The parser's message ends in its own 0-based "LineNumber: 0 | BytePositionInLine: 17."; keep the first sentence.
            var message = e.Message;
            var end = message.IndexOf(". ", StringComparison.Ordinal);
            var sentence = end < 0 ? message : message[..(end + 1)];
            return $"line {(e.LineNumber ?? 0) + 1}: not valid JSON: {sentence}";
        }
    }
}
