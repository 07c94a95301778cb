using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>Task states: data flow around one invocation, with timeout, mocks and the history events AWS records.</summary>
internal sealed partial class Interpreter
{
    private async Task<JsonNode?> RunTaskAttemptAsync(TaskState task, JsonNode? input, Flow flow, DateTimeOffset entered, int retry, CancellationToken ct)
    {
        var ctx = Ctx(flow, task, entered, retry);
        var effective = DataFlow.Filter(task.InputPath, input, ctx, "InputPath");
        var parameters = task.Parameters is null ? effective : DataFlow.Template(task.Parameters, effective, ctx);
        CheckSize(parameters, task.Name);
        var timeout = task.TimeoutSeconds ?? (task.TimeoutSecondsPath is { } tp ? (int?)IntAt(tp, effective, ctx) : null);
        var resource = TaskResource.Parse(task.Resource);
        var events = new TaskEvents(flow, resource);
        events.Scheduled(task.Resource, parameters, timeout, engine.Options.Region);
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
            result = await InvokeAsync(task, resource, parameters, flow, timeoutCts.Token);
        }
        catch (OperationCanceledException) when (timedOut && !ct.IsCancellationRequested)
        {
            var error = new StatesException(StatesErrors.Timeout, $"The task '{task.Name}' did not finish within {timeout} seconds.");
            events.TimedOut(error);
            throw error;
        }
        catch (StatesException e)
        {
            events.Failed(e);
            throw;
        }

        CheckSize(result, task.Name);
        events.Succeeded(result);
        return FinishResult(task, task.ResultSelector, task.ResultPath, input, result, ctx);
    }

    private async Task<JsonNode?> InvokeAsync(TaskState task, TaskResource resource, JsonNode? parameters, Flow flow, CancellationToken ct)
    {
        var execution = flow.Execution;
        if (execution.TestCase is { } testCase && engine.MockConfig is { } mocks && mocks.Mocks(execution.Machine.Name, testCase, task.Name))
        {
            var invocation = execution.MockInvocations.AddOrUpdate(task.Name, 0, (_, n) => n + 1);
            var response = mocks.Response(execution.Machine.Name, testCase, task.Name, invocation)
                ?? throw new StatesException(StatesErrors.Runtime, $"The mock config defines no response for invocation {invocation} of state '{task.Name}' in test case '{testCase}'.");
            return response.IsThrow ? throw new StatesException(response.ThrowError!, response.ThrowCause) : response.Return?.DeepClone();
        }

        switch (resource.Kind)
        {
            case TaskResourceKind.LambdaFunctionArn:
                return await LambdaInvoker.InvokeAsync(engine.Functions, task.Resource, parameters, ct);
            case TaskResourceKind.LambdaInvoke:
                var functionName = JsonValues.AsString(parameters?["FunctionName"])
                    ?? throw new StatesException(StatesErrors.Runtime, $"The Task '{task.Name}' needs a string FunctionName parameter for lambda:invoke.");
                var payload = await LambdaInvoker.InvokeAsync(engine.Functions, functionName, parameters?["Payload"], ct);
                return LambdaInvoker.Wrap(payload, engine.Randomizer);
            case TaskResourceKind.StartExecution or TaskResourceKind.StartExecutionSync or TaskResourceKind.StartExecutionSync2:
                return await StartNestedAsync(resource.Kind, parameters, flow, ct);
            default:
                throw new StatesException(StatesErrors.Runtime, $"The resource '{task.Resource}' is not supported by the local engine (Lambda functions, lambda:invoke and states:startExecution are).");
        }
    }
}
