using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>
/// The history events of one task invocation: LambdaFunction* for a plain function ARN, Task* (with resourceType
/// and resource) for service integrations, as AWS records them.
/// </summary>
internal sealed class TaskEvents(Flow flow, TaskResource resource)
{
    private bool IsLambda => resource.Kind == TaskResourceKind.LambdaFunctionArn;

    public void Scheduled(string arn, JsonNode? parameters, int? timeout, string region)
    {
        var details = IsLambda
            ? new JsonObject { ["resource"] = arn, ["input"] = JsonValues.ToJson(parameters), ["inputDetails"] = new JsonObject { ["truncated"] = false } }
            : new JsonObject { ["resourceType"] = resource.ResourceType, ["resource"] = resource.Resource, ["region"] = region, ["parameters"] = JsonValues.ToJson(parameters) };
        if (timeout is not null)
        {
            details["timeoutInSeconds"] = timeout;
        }

        flow.Record(IsLambda ? "LambdaFunctionScheduled" : "TaskScheduled", details);
    }

    public void Started() => flow.Record(IsLambda ? "LambdaFunctionStarted" : "TaskStarted", IsLambda ? null : Common());

    public void Succeeded(JsonNode? output)
    {
        var details = IsLambda ? [] : Common();
        details["output"] = JsonValues.ToJson(output);
        details["outputDetails"] = new JsonObject { ["truncated"] = false };
        flow.Record(IsLambda ? "LambdaFunctionSucceeded" : "TaskSucceeded", details);
    }

    public void Failed(StatesException error) => flow.Record(IsLambda ? "LambdaFunctionFailed" : "TaskFailed", WithError(error));

    public void TimedOut(StatesException error) => flow.Record(IsLambda ? "LambdaFunctionTimedOut" : "TaskTimedOut", WithError(error));

    private JsonObject WithError(StatesException error)
    {
        var details = IsLambda ? [] : Common();
        foreach (var (k, v) in Interpreter.ErrorDetails(error.Error, error.Cause))
        {
            details[k] = v?.DeepClone();
        }

        return details;
    }

    private JsonObject Common() => new() { ["resourceType"] = resource.ResourceType, ["resource"] = resource.Resource };
}
