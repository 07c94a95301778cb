using System.Net;
using System.Text.Json;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Core.Errors;

namespace EksProvisioner.Aws.Tests;

/// <summary>JSON 1.0 framing and execution-history details (which moto barely fills) against model-shaped answers.</summary>
public sealed class StepFunctionsClientCannedTests : IDisposable
{
    private const string ExecutionArn = "arn:aws:states:us-east-1:123456789012:execution:provision:run-1";

    private readonly CannedHandler _handler = new();
    private readonly AwsClientFactory _factory;

    public StepFunctionsClientCannedTests() => _factory = TestFactories.Canned(_handler);

    public void Dispose()
    {
        _factory.Dispose();
        _handler.Dispose();
    }

    private IStepFunctionsClient Sfn => _factory.CreateStepFunctions();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartExecution_Json10_SendsTargetContentTypeAndStatesScope()
    {
        _handler.Respond(HttpStatusCode.OK, $$"""{"executionArn":"{{ExecutionArn}}","startDate":1767225600.25}""", "application/x-amz-json-1.0");

        var response = await Sfn.StartExecutionAsync(
            new StartExecutionRequest { StateMachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:provision", Name = "run-1", Input = "{}" },
            Token);

        var sent = _handler.Requests.Single();
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/", sent.PathAndQuery);
        Assert.Equal("AWSStepFunctions.StartExecution", sent.Header("X-Amz-Target"));
        Assert.Equal("application/x-amz-json-1.0", sent.Header("Content-Type"));
        Assert.Contains("/us-east-1/states/aws4_request", sent.Header("Authorization"), StringComparison.Ordinal);
        Assert.Contains("x-amz-target", sent.Header("Authorization"), StringComparison.Ordinal);
        var body = JsonDocument.Parse(sent.Body!).RootElement;
        Assert.Equal("run-1", body.GetProperty("name").GetString());
        Assert.False(body.TryGetProperty("traceHeader", out _));
        Assert.Equal(ExecutionArn, response.ExecutionArn);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767225600250), response.StartDate);
    }

    [Fact]
    public async Task GetAllExecutionHistory_TwoPages_ParsesEventDetails()
    {
        _handler.Respond(HttpStatusCode.OK, """
            {"events":[
              {"timestamp":1767225600,"type":"ExecutionStarted","id":1,"previousEventId":0,
               "executionStartedEventDetails":{"input":"{}","inputDetails":{"truncated":false},"roleArn":"arn:aws:iam::123456789012:role/sfn"}},
              {"timestamp":1767225601,"type":"TaskStateEntered","id":2,"previousEventId":1,
               "stateEnteredEventDetails":{"name":"CreateClusterRole","input":"{}"}}],
             "nextToken":"page-2"}
            """).Respond(HttpStatusCode.OK, """
            {"events":[
              {"timestamp":1767225602,"type":"LambdaFunctionFailed","id":3,"previousEventId":2,
               "lambdaFunctionFailedEventDetails":{"error":"IamRoleNotReadyException","cause":"{\"errorMessage\":\"not yet\"}"}},
              {"timestamp":1767225603,"type":"ExecutionFailed","id":4,"previousEventId":3,
               "executionFailedEventDetails":{"error":"States.TaskFailed","cause":"gave up"}}]}
            """);

        var events = new List<HistoryEvent>();
        await foreach (var item in Sfn.GetAllExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = ExecutionArn, IncludeExecutionData = true }, Token))
        {
            events.Add(item);
        }

        Assert.Equal([1L, 2L, 3L, 4L], events.Select(e => e.Id!.Value));
        Assert.Equal("arn:aws:iam::123456789012:role/sfn", events[0].ExecutionStartedEventDetails!.RoleArn);
        Assert.False(events[0].ExecutionStartedEventDetails!.InputDetails!.Truncated);
        Assert.Equal("CreateClusterRole", events[1].StateEnteredEventDetails!.Name);
        Assert.Equal("IamRoleNotReadyException", events[2].LambdaFunctionFailedEventDetails!.Error);
        Assert.Equal("gave up", events[3].ExecutionFailedEventDetails!.Cause);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767225603), events[3].Timestamp);
        var second = JsonDocument.Parse(_handler.Requests[1].Body!).RootElement;
        Assert.Equal("page-2", second.GetProperty("nextToken").GetString());
        Assert.True(second.GetProperty("includeExecutionData").GetBoolean());
    }

    [Fact]
    public async Task DescribeExecution_NamespacedErrorType_IsAwsResourceNotFoundWithBareCode()
    {
        _handler.Respond(
            HttpStatusCode.BadRequest,
            """{"__type":"com.amazonaws.swf.service.v2.model#ExecutionDoesNotExist","message":"Execution Does Not Exist"}""",
            "application/x-amz-json-1.0",
            ("x-amzn-RequestId", "rid-7"));

        var error = await Assert.ThrowsAsync<AwsResourceNotFoundException>(
            () => Sfn.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = ExecutionArn }, Token));

        Assert.Equal("ExecutionDoesNotExist", error.AwsErrorCode);
        Assert.Equal("rid-7", error.RequestId);
        Assert.Equal("states", error.Service);
    }

    [Fact]
    public async Task StartExecution_ExecutionAlreadyExists_IsAwsResourceAlreadyExists()
    {
        _handler.Respond(HttpStatusCode.BadRequest, """{"__type":"ExecutionAlreadyExists","message":"Execution Already Exists"}""", "application/x-amz-json-1.0");

        await Assert.ThrowsAsync<AwsResourceAlreadyExistsException>(
            () => Sfn.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:p", Name = "run-1" }, Token));
    }
}
