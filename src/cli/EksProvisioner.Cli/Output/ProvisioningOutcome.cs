using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Cli.Backends;
using EksProvisioner.Core.Teardown;

namespace EksProvisioner.Cli.Output;

/// <summary>
/// How a provisioning ended, for people and scripts: <c>Ready</c>, <c>RolledBack</c> (failed, and its
/// rollback removed what it created) or <c>RollbackIncomplete</c> (failed, and something it created is
/// still there: <see cref="Left"/>, to remove with <c>eksprov down NAME</c>).
/// </summary>
internal sealed record ProvisioningOutcome(string Name, IReadOnlyList<LeftResource> Left)
{
    public const string Ready = "Ready";
    public const string RolledBack = "RolledBack";
    public const string RollbackIncomplete = "RollbackIncomplete";

    /// <summary>The provision state machine's cause when its rollback failed (state RollbackIncomplete).</summary>
    private const string Marker = "ROLLBACK INCOMPLETE: ";

    public bool Incomplete => Name == RollbackIncomplete;

    public int ExitCode => Name switch
    {
        Ready => ExitCodes.Ok,
        RolledBack => ExitCodes.Failed,
        _ => ExitCodes.RollbackIncomplete,
    };

    public static ProvisioningOutcome Of(FollowedExecution run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Succeeded)
        {
            return new(Ready, []);
        }

        var cause = run.Execution.Cause ?? "";
        var at = cause.IndexOf(Marker, StringComparison.Ordinal);
        if (at >= 0)
        {
            return new(RollbackIncomplete, TeardownReport.Parse(ChildCause(cause[(at + Marker.Length)..])));
        }

        // Timed out or stopped: the state machine never reached the end of its rollback, so nothing says it is clean.
        return run.Status is "TIMED_OUT" or "ABORTED"
            ? new(RollbackIncomplete, [new LeftResource("unknown", $"execution {run.Status} before its rollback finished")])
            : new(RolledBack, []);
    }

    /// <summary>The loud line after the text report (which lists <see cref="Left"/>): the command that removes it.</summary>
    public async Task WriteWarningAsync(TextWriter output, string environment)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync(
            $"ROLLBACK INCOMPLETE: provisioning failed and its rollback left {Left.Count} resource(s) behind (listed above). " +
            $"Next step: eksprov down {environment} (with this command's --local/--state-dir or --stack options).");
    }

    /// <summary>startExecution.sync answers a failed teardown with its DescribeExecution as JSON; the teardown's own cause is inside.</summary>
    private static string ChildCause(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject o && o["Cause"] is JsonValue v && v.TryGetValue<string>(out var inner) ? inner : text;
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
