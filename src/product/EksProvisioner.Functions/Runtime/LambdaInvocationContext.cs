namespace EksProvisioner.Functions.Runtime;

/// <summary>What the Runtime API says about one invocation (the headers of <c>invocation/next</c>).</summary>
public sealed class LambdaInvocationContext
{
    private readonly TimeProvider _timeProvider;

    public LambdaInvocationContext(
        string requestId,
        DateTimeOffset deadline,
        string invokedFunctionArn,
        string? traceId,
        string? clientContext,
        string? cognitoIdentity,
        TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        ArgumentNullException.ThrowIfNull(timeProvider);
        RequestId = requestId;
        Deadline = deadline;
        InvokedFunctionArn = invokedFunctionArn;
        TraceId = traceId;
        ClientContext = clientContext;
        CognitoIdentity = cognitoIdentity;
        _timeProvider = timeProvider;
    }

    /// <summary><c>Lambda-Runtime-Aws-Request-Id</c>.</summary>
    public string RequestId { get; }

    /// <summary><c>Lambda-Runtime-Deadline-Ms</c>: when Lambda stops the invocation.</summary>
    public DateTimeOffset Deadline { get; }

    /// <summary><c>Lambda-Runtime-Invoked-Function-Arn</c> (with the alias or version that was invoked).</summary>
    public string InvokedFunctionArn { get; }

    /// <summary><c>Lambda-Runtime-Trace-Id</c>, also copied into <c>_X_AMZN_TRACE_ID</c>.</summary>
    public string? TraceId { get; }

    /// <summary><c>Lambda-Runtime-Client-Context</c> (mobile SDK invocations only).</summary>
    public string? ClientContext { get; }

    /// <summary><c>Lambda-Runtime-Cognito-Identity</c> (mobile SDK invocations only).</summary>
    public string? CognitoIdentity { get; }

    /// <summary>Time left before <see cref="Deadline"/> on the injected clock; never negative.</summary>
    public TimeSpan RemainingTime
    {
        get
        {
            var remaining = Deadline - _timeProvider.GetUtcNow();
            return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
        }
    }
}
