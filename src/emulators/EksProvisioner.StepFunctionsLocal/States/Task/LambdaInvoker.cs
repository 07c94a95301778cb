using System.Text.Json.Nodes;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Lambda;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>
/// Calls an in-process function as Step Functions calls Lambda: a thrown exception becomes the error named by its
/// short type name (or <see cref="LambdaFunctionException.ErrorType"/>) with the cause
/// <c>{"errorMessage", "errorType"}</c> that EksProvisioner's Lambda runtime loop reports: no stack trace,
/// so a failed local execution's Cause reads as it does in AWS, without this machine's source paths.
/// </summary>
internal static class LambdaInvoker
{
    public static async Task<JsonNode?> InvokeAsync(ILambdaFunctionRegistry functions, string nameOrArn, JsonNode? payload, CancellationToken ct)
    {
        if (!functions.TryResolve(nameOrArn, out var function))
        {
            throw new StatesException("Lambda.ResourceNotFoundException", $"Function not found: {nameOrArn} (Service: Lambda, Status Code: 404, Request ID: local)");
        }

        try
        {
            return (await function(payload?.DeepClone(), ct))?.DeepClone();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The Lambda boundary: every function failure becomes an ASL error (errorType/errorMessage), as the Lambda runtime reports it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var errorType = e is LambdaFunctionException l ? l.ErrorType : e.GetType().Name;
            var cause = new JsonObject
            {
                ["errorMessage"] = e.Message,
                ["errorType"] = errorType,
            };
            throw new StatesException(errorType, cause.ToJsonString());
        }
    }

    /// <summary>The lambda:invoke result shape: the function's output under Payload plus the SDK response metadata.</summary>
    public static JsonObject Wrap(JsonNode? payload, Randomizer random)
    {
        var requestId = Ids.Uuid(random);
        var length = Paths.JsonValues.Utf8Size(payload).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["ExecutedVersion"] = "$LATEST",
            ["Payload"] = payload?.DeepClone(),
            ["SdkHttpMetadata"] = new JsonObject
            {
                ["AllHttpHeaders"] = new JsonObject
                {
                    ["X-Amz-Executed-Version"] = new JsonArray("$LATEST"),
                    ["x-amzn-Remapped-Content-Length"] = new JsonArray("0"),
                    ["Connection"] = new JsonArray("keep-alive"),
                    ["x-amzn-RequestId"] = new JsonArray(requestId),
                    ["Content-Length"] = new JsonArray(length),
                    ["Content-Type"] = new JsonArray("application/json"),
                },
                ["HttpHeaders"] = new JsonObject
                {
                    ["Connection"] = "keep-alive",
                    ["Content-Length"] = length,
                    ["Content-Type"] = "application/json",
                    ["X-Amz-Executed-Version"] = "$LATEST",
                    ["x-amzn-Remapped-Content-Length"] = "0",
                    ["x-amzn-RequestId"] = requestId,
                },
                ["HttpStatusCode"] = 200,
            },
            ["SdkResponseMetadata"] = new JsonObject { ["RequestId"] = requestId },
            ["StatusCode"] = 200,
        };
    }
}
