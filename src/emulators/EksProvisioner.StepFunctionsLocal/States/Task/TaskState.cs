using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Errors;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>A Task state: data flow around one invocation of <see cref="Resource"/>, with timeout and the history events AWS records.</summary>
internal sealed record TaskState(string Name, string Resource, TaskResource Target) : RetryableState(Name)
{
    private static readonly HashSet<string> Fields = ["Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector", "Retry", "Catch", "Resource", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath", "Credentials", "Assign"];

    public static StateKind Kind { get; } = new(Fields, DataFlowFields.All, Read);

    public int? TimeoutSeconds { get; init; }

    public JsonPath? TimeoutSecondsPath { get; init; }

    public int? HeartbeatSeconds { get; init; }

    public JsonPath? HeartbeatSecondsPath { get; init; }

    public override string TypeName => "Task";

    protected override async Task<JsonNode?> AttemptAsync(StateRun run, JsonNode? input, int retryCount, CancellationToken ct)
    {
        var engine = run.Engine;
        var ctx = run.Context(retryCount);
        var effective = Data.Input(input, ctx);
        var parameters = Data.Payload(effective, ctx);
        run.Interpreter.CheckSize(parameters, Name);
        var timeout = TimeoutSeconds ?? (TimeoutSecondsPath is { } tp ? PathIntegers.Seconds(tp, "TimeoutSecondsPath", effective, ctx) : null);
        _ = HeartbeatSeconds ?? (HeartbeatSecondsPath is { } hp ? PathIntegers.Seconds(hp, "HeartbeatSecondsPath", effective, ctx) : null);
        var events = new TaskEvents(run.Flow, Target);
        events.Scheduled(Resource, parameters, timeout, engine.Options.Region);
        events.Started();

        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var timedOut = false;
        using var timer = timeout is { } seconds
            ? engine.Clock.Schedule(engine.Clock.GetUtcNow().AddSeconds(seconds), () =>
            {
                timedOut = true;
                timeoutCts.Cancel();
            })
            : null;
        JsonNode? result;
        try
        {
            result = await TaskInvocation.InvokeAsync(this, run, parameters, timeoutCts.Token);
        }
        catch (OperationCanceledException) when (timedOut && !ct.IsCancellationRequested)
        {
            // AWS records a task timeout with the error name only (TaskTimedOut and ExecutionFailed carry no cause).
            var error = new StatesException(StatesErrors.Timeout, (string?)null);
            events.TimedOut(error);
            throw error;
        }
        catch (StatesException e)
        {
            events.Failed(e);
            throw;
        }

        // AWS names the resource, not the state, when a task's result is too large (the ARN for a Lambda function, the service otherwise).
        run.Interpreter.CheckSize(result, Target.Kind == TaskResourceKind.LambdaFunctionArn ? Resource : Target.ResourceType);
        events.Succeeded(result);
        return Data.Finish(input, result, ctx);
    }

    private static TaskState Read(string name, JsonObject obj, string at, DefinitionReader r)
    {
        var resource = r.RequiredString(obj, "Resource", at);
        // A ${Name} placeholder is a SAM/CloudFormation DefinitionSubstitution, replaced before AWS validates the ARN.
        if (resource is not null && !resource.Contains("${", StringComparison.Ordinal) && !Uri.TryCreate(resource, UriKind.Absolute, out _))
        {
            r.Problem($"{at}/Resource", "Resource must be a URI (an ARN)");
        }

        var timeout = r.OptionalInt(obj, "TimeoutSeconds", at, 1);
        var heartbeat = r.OptionalInt(obj, "HeartbeatSeconds", at, 1);
        var timeoutPath = r.OptionalPath(obj, "TimeoutSecondsPath", at);
        var heartbeatPath = r.OptionalPath(obj, "HeartbeatSecondsPath", at);
        if (timeout is not null && timeoutPath is not null)
        {
            r.Problem(at, "TimeoutSeconds and TimeoutSecondsPath cannot both be set");
        }

        if (heartbeat is not null && heartbeatPath is not null)
        {
            r.Problem(at, "HeartbeatSeconds and HeartbeatSecondsPath cannot both be set");
        }

        if (timeout is not null && heartbeat is not null && heartbeat >= timeout)
        {
            r.Problem($"{at}/HeartbeatSeconds", "HeartbeatSeconds must be smaller than TimeoutSeconds");
        }

        return new TaskState(name, resource ?? "", TaskResource.Parse(resource ?? ""))
        {
            Errors = ErrorHandling.Read(obj, at, r),
            TimeoutSeconds = (int?)timeout,
            TimeoutSecondsPath = timeoutPath,
            HeartbeatSeconds = (int?)heartbeat,
            HeartbeatSecondsPath = heartbeatPath,
        };
    }
}
