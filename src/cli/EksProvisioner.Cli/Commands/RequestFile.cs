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
                return await File.ReadAllTextAsync(path, cancellationToken);
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
}
