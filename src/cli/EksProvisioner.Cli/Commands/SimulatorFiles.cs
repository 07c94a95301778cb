using System.Text.Json;
using System.Text.Json.Serialization;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Faults;
using EksProvisioner.StepFunctionsLocal.Mocks;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// Checks the files <c>eksprov simulator</c> is given before it starts, so a bad file is one clear line
/// naming the file and the problem (exit 2) rather than an exception from inside the host.
/// </summary>
internal static class SimulatorFiles
{
    // Stricter than the host's reader on purpose: a misspelt duration would otherwise be silently ignored.
    private static readonly JsonSerializerOptions LatencyOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The problem with a latency model file, or null when it is usable.</summary>
    public static async Task<string?> CheckLatencyModelAsync(string path, TextWriter stderr, CancellationToken cancellationToken)
    {
        var text = await RequestFile.ReadAsync(path, stderr, cancellationToken);
        if (text is null)
        {
            return "";
        }

        LatencyModel? model;
        try
        {
            model = JsonSerializer.Deserialize<LatencyModel>(text, LatencyOptions);
        }
        catch (JsonException e)
        {
            return Describe(path, "not a valid latency model", e.Message);
        }

        if (model is null)
        {
            return Describe(path, "not a valid latency model", "expected a JSON object");
        }

        var negative = typeof(LatencyModel).GetProperties()
            .Where(p => p.PropertyType == typeof(double) && p.Name.EndsWith("Seconds", StringComparison.Ordinal) && (double)p.GetValue(model)! < 0)
            .Select(p => p.Name)
            .ToList();
        if (negative.Count > 0)
        {
            return Describe(path, "not a valid latency model", "durations must not be negative: " + string.Join(", ", negative));
        }

        return model.JitterFraction is < 0 or >= 1
            ? Describe(path, "not a valid latency model", "jitterFraction must be at least 0 and less than 1")
            : null;
    }

    /// <summary>The problem with a fault rules file, or null when it is usable.</summary>
    public static async Task<string?> CheckFaultsAsync(string path, TextWriter stderr, CancellationToken cancellationToken)
    {
        var text = await RequestFile.ReadAsync(path, stderr, cancellationToken);
        if (text is null)
        {
            return "";
        }

        try
        {
            FaultRules.Parse(text);
            return null;
        }
        catch (JsonException e)
        {
            return Describe(path, "not valid fault rules", e.Message);
        }
    }

    /// <summary>The parsed Step Functions Local mock config, or the problem with it.</summary>
    public static async Task<(MockConfig? Config, string? Problem)> ReadMockConfigAsync(string path, TextWriter stderr, CancellationToken cancellationToken)
    {
        var text = await RequestFile.ReadAsync(path, stderr, cancellationToken);
        if (text is null)
        {
            return (null, "");
        }

        try
        {
            return (MockConfig.Parse(text), null);
        }
        catch (JsonException e)
        {
            return (null, Describe(path, "not a valid mock config", e.Message));
        }
        catch (FormatException e)
        {
            return (null, Describe(path, "not a valid mock config", e.Message));
        }
        catch (OverflowException e)
        {
            return (null, Describe(path, "not a valid mock config", e.Message));
        }
        catch (InvalidOperationException e)
        {
            // A JsonNode of the wrong kind (a number where a response name belongs, for example).
            return (null, Describe(path, "not a valid mock config", e.Message));
        }
    }

    private static string Describe(string path, string what, string detail) => $"eksprov: '{path}' is {what}: {detail}";
}
