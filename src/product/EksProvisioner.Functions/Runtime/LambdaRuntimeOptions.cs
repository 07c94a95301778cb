namespace EksProvisioner.Functions.Runtime;

/// <summary>
/// How the runtime loop reaches the Runtime API and which stage it runs. <see cref="FromEnvironment"/>
/// reads the variables Lambda sets; tests build one directly.
/// </summary>
public sealed record LambdaRuntimeOptions
{
    /// <summary>host:port of the Runtime API, set by Lambda.</summary>
    public const string RuntimeApiVariable = "AWS_LAMBDA_RUNTIME_API";

    /// <summary>The stage to run, set in the SAM template per function.</summary>
    public const string StageVariable = "EKSPROV_STAGE";

    /// <summary><c>on-demand</c>, <c>provisioned-concurrency</c> or <c>snap-start</c>, set by Lambda.</summary>
    public const string InitializationTypeVariable = "AWS_LAMBDA_INITIALIZATION_TYPE";

    /// <summary>Where the X-Ray trace header of the current invocation is published.</summary>
    public const string TraceIdVariable = "_X_AMZN_TRACE_ID";

    /// <summary>host:port (or a full http:// URL) of the Runtime API.</summary>
    public required string RuntimeApi { get; init; }

    /// <summary>The stage name; null when the variable is not set (an init error).</summary>
    public string? Stage { get; init; }

    /// <summary>True under SnapStart: wait for <c>restore/next</c> after init and run the restore hooks.</summary>
    public bool SnapStart { get; init; }

    /// <summary>The clock behind deadlines and remaining time.</summary>
    public required TimeProvider TimeProvider { get; init; }

    /// <summary>Sends the Runtime API requests; null for a default socket handler. Tests inject a fake.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>Publishes <see cref="TraceIdVariable"/>; the process environment unless replaced (tests).</summary>
    public Action<string, string?> SetEnvironmentVariable { get; init; } = Environment.SetEnvironmentVariable;

    /// <summary>Composition-level work after a SnapStart restore (re-seed randomness), before the handler's own hook.</summary>
    public Func<CancellationToken, Task>? AfterRestore { get; init; }

    /// <summary>Where the loop writes one line per failure; Lambda sends stderr to CloudWatch Logs.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>Options from Lambda's environment variables; null when <see cref="RuntimeApiVariable"/> is unset (not running in Lambda).</summary>
    public static LambdaRuntimeOptions? FromEnvironment(Func<string, string?> getVariable, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var api = getVariable(RuntimeApiVariable);
        if (string.IsNullOrWhiteSpace(api))
        {
            return null;
        }

        return new LambdaRuntimeOptions
        {
            RuntimeApi = api,
            Stage = getVariable(StageVariable),
            SnapStart = string.Equals(getVariable(InitializationTypeVariable), "snap-start", StringComparison.Ordinal),
            TimeProvider = timeProvider,
        };
    }
}
