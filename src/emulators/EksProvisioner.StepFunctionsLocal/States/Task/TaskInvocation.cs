using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>One call of a Task's resource: a mocked response for a test case, a Lambda function, or a nested execution.</summary>
internal static class TaskInvocation
{
    public static async Task<JsonNode?> InvokeAsync(TaskState task, StateRun run, JsonNode? parameters, CancellationToken ct)
    {
        var engine = run.Engine;
        var execution = run.Flow.Execution;
        if (execution.TestCase is { } testCase && engine.MockConfig is { } mocks && mocks.Mocks(execution.Machine.Name, testCase, task.Name))
        {
            var invocation = execution.MockInvocations.AddOrUpdate(task.Name, 0, (_, n) => n + 1);
            var response = mocks.Response(execution.Machine.Name, testCase, task.Name, invocation)
                ?? throw new StatesException(StatesErrors.Runtime, $"The mock config defines no response for invocation {invocation} of state '{task.Name}' in test case '{testCase}'.");
            return response.IsThrow ? throw new StatesException(response.ThrowError!, response.ThrowCause) : response.Return?.DeepClone();
        }

        switch (task.Target.Kind)
        {
            case TaskResourceKind.LambdaFunctionArn:
                return await LambdaInvoker.InvokeAsync(engine.Functions, task.Resource, parameters, ct);
            case TaskResourceKind.LambdaInvoke:
                var functionName = JsonValues.AsString(parameters?["FunctionName"])
                    ?? throw new StatesException(StatesErrors.Runtime, $"The Task '{task.Name}' needs a string FunctionName parameter for lambda:invoke.");
                var payload = await LambdaInvoker.InvokeAsync(engine.Functions, functionName, parameters?["Payload"], ct);
                return LambdaInvoker.Wrap(payload, engine.Randomizer);
            case TaskResourceKind.StartExecution or TaskResourceKind.StartExecutionSync or TaskResourceKind.StartExecutionSync2:
                return await NestedExecution.StartAsync(task.Target.Kind, parameters, run, ct);
            default:
                throw new StatesException(StatesErrors.Runtime, $"The resource '{task.Resource}' is not supported by the local engine (Lambda functions, lambda:invoke and states:startExecution are).");
        }
    }
}
