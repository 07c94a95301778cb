using EksProvisioner.Functions.Runtime;

namespace EksProvisioner.Functions.Stages;

/// <summary>
/// One line of the <see cref="StageTable"/>: a stage's name (its EKSPROV_STAGE, its template function
/// <c>{Name}Function</c> and its ASL placeholder <c>${{Name}FunctionArn}</c>), its input and output
/// documents, how it is made, and the IAM statements its function needs. Nothing else names a stage.
/// </summary>
public sealed class Stage
{
    private const string FunctionSuffix = "Function";
    private readonly Func<StageHost, ILambdaHandler> _create;

    private Stage(string name, Type? input, Type? output, bool isTrigger, IReadOnlyList<Allow> permissions, Func<StageHost, ILambdaHandler> create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        InputType = input;
        OutputType = output;
        IsTrigger = isTrigger;
        Permissions = permissions;
        _create = create;
    }

    public string Name { get; }

    /// <summary>The document the stage reads; null for a trigger, which reads its event itself.</summary>
    public Type? InputType { get; }

    /// <summary>The document the stage answers; null for a trigger.</summary>
    public Type? OutputType { get; }

    /// <summary>
    /// A trigger (webhook, reaper, events) starts executions rather than runs in one: its template
    /// resource (events, variables, policies) is written by hand, and the local engine does not invoke it.
    /// </summary>
    public bool IsTrigger { get; }

    /// <summary>What the stage's function role allows besides logs and X-Ray; empty for no AWS call.</summary>
    public IReadOnlyList<Allow> Permissions { get; }

    /// <summary>The logical id of the stage's function in serverless.template.</summary>
    public string FunctionId => Name + FunctionSuffix;

    /// <summary>The placeholder the state machine definitions use for the function's ARN.</summary>
    public string Placeholder => FunctionId + "Arn";

    /// <summary>A workflow stage: <paramref name="run"/> makes the Workflow stage from the clients and returns its one call.</summary>
    public static Stage Of<TInput, TOutput>(string name, Func<StageClients, Func<TInput, CancellationToken, Task<TOutput>>> run, params Allow[] permissions)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new Stage(name, typeof(TInput), typeof(TOutput), false, permissions, host => new StageHandler<TInput, TOutput>(run(host.Clients)));
    }

    /// <summary>A trigger function, made by its own factory.</summary>
    public static Stage Trigger(string name, Func<StageHost, ILambdaHandler> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return new Stage(name, null, null, true, [], create);
    }

    /// <summary>Makes the stage's handler; Lambda's init phase calls this once.</summary>
    public ILambdaHandler Create(StageHost host) => _create(host);
}
