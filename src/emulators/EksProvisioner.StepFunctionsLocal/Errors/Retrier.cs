using System.Text.Json.Nodes;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Asl;

namespace EksProvisioner.StepFunctionsLocal.Errors;

/// <summary>A Retry entry. Defaults per the specification: 1 s interval, 3 attempts, backoff 2.0, no jitter.</summary>
internal sealed record Retrier(
    IReadOnlyList<string> ErrorEquals,
    int IntervalSeconds = 1,
    int MaxAttempts = 3,
    double BackoffRate = 2.0,
    int? MaxDelaySeconds = null,
    JitterStrategy Jitter = JitterStrategy.None)
{
    private static readonly HashSet<string> Fields = ["ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment"];

    /// <summary>IntervalSeconds x BackoffRate^attempt, capped by MaxDelaySeconds, then FULL jitter picks uniformly below it.</summary>
    public TimeSpan Delay(int attempt, Randomizer randomizer)
    {
        var seconds = IntervalSeconds * Math.Pow(BackoffRate, attempt);
        if (MaxDelaySeconds is { } max)
        {
            seconds = Math.Min(seconds, max);
        }

        if (Jitter == JitterStrategy.Full)
        {
            seconds *= randomizer();
        }

        return TimeSpan.FromSeconds(seconds);
    }

    public static Retrier Read(JsonObject o, string loc, bool last, DefinitionReader r)
    {
        r.CheckFields(o, loc, Fields);
        var errors = Errors.ErrorEquals.Read(o, loc, last, r);
        var jitter = r.OptionalString(o, "JitterStrategy", loc);
        if (jitter is not null and not ("FULL" or "NONE"))
        {
            r.Problem($"{loc}/JitterStrategy", "JitterStrategy must be FULL or NONE");
        }

        return new Retrier(
            errors,
            (int)(r.OptionalInt(o, "IntervalSeconds", loc, 1) ?? 1),
            (int)(r.OptionalInt(o, "MaxAttempts", loc, 0) ?? 3),
            r.OptionalNumber(o, "BackoffRate", loc, 1.0, double.MaxValue) ?? 2.0,
            (int?)r.OptionalInt(o, "MaxDelaySeconds", loc, 1),
            jitter == "FULL" ? JitterStrategy.Full : JitterStrategy.None);
    }
}
