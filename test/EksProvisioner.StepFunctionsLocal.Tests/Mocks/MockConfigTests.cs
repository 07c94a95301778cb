using EksProvisioner.StepFunctionsLocal.Mocks;

namespace EksProvisioner.StepFunctionsLocal.Tests.Mocks;

public sealed class MockConfigTests
{
    private const string Config = """
        {
          "StateMachines": {
            "LambdaSQSIntegration": {
              "TestCases": {
                "HappyPath": { "LambdaState": "MockedLambdaSuccess" },
                "RetryPath": { "LambdaState": "MockedLambdaRetry" }
              }
            }
          },
          "MockedResponses": {
            "MockedLambdaSuccess": { "0": { "Return": { "StatusCode": 200, "Payload": { "StatusCode": 200, "body": "Hello from Lambda!" } } } },
            "MockedLambdaRetry": {
              "0": { "Throw": { "Error": "Lambda.ResourceNotReadyException", "Cause": "Lambda resource is not ready." } },
              "1-2": { "Throw": { "Error": "Lambda.TimeoutException", "Cause": "Lambda timed out." } },
              "3": { "Return": { "StatusCode": 200, "Payload": { "StatusCode": 200, "body": "Hello from Lambda!" } } }
            }
          }
        }
        """;

    private const string Definition = """
        {"StartAt":"LambdaState","States":{"LambdaState":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
          "Parameters":{"FunctionName":"NotRegistered","Payload.$":"$"},
          "Retry":[{"ErrorEquals":["States.ALL"],"IntervalSeconds":2,"MaxAttempts":3,"BackoffRate":2}],
          "ResultSelector":{"body.$":"$.Payload.body"},"End":true}}}
        """;

    [Fact]
    public void Response_RangeKeys_SelectByInvocationIndex()
    {
        var config = MockConfig.Parse(Config);

        Assert.Equal("Lambda.ResourceNotReadyException", config.Response("LambdaSQSIntegration", "RetryPath", "LambdaState", 0)!.ThrowError);
        Assert.Equal("Lambda.TimeoutException", config.Response("LambdaSQSIntegration", "RetryPath", "LambdaState", 2)!.ThrowError);
        Assert.False(config.Response("LambdaSQSIntegration", "RetryPath", "LambdaState", 3)!.IsThrow);
        Assert.Null(config.Response("LambdaSQSIntegration", "RetryPath", "Other", 0));
    }

    [Theory]
    [InlineData("HappyPath")]
    [InlineData("RetryPath")]
    public async Task Execution_TestCaseSuffix_UsesMockedResponsesWithoutFunction(string testCase)
    {
        var engine = TestEngine.Create(options: new StepFunctionsEngineOptions { MockConfig = MockConfig.Parse(Config) });
        var arn = engine.CreateStateMachine("LambdaSQSIntegration", Definition);

        var result = await engine.RunExecutionAsync($"{arn}#{testCase}", "{}", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"body":"Hello from Lambda!"}""", result.Output);
    }

    [Fact]
    public async Task Execution_WithoutTestCase_CallsRealResolution()
    {
        var engine = TestEngine.Create(options: new StepFunctionsEngineOptions { MockConfig = MockConfig.Parse(Config) });
        var arn = engine.CreateStateMachine("LambdaSQSIntegration", Definition);

        var result = await engine.RunExecutionAsync(arn, "{}", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("Lambda.ResourceNotFoundException", result.Error);
    }

    [Fact]
    public void StartExecution_UnknownTestCase_Rejected()
    {
        var engine = TestEngine.Create(options: new StepFunctionsEngineOptions { MockConfig = MockConfig.Parse(Config) });
        var arn = engine.CreateStateMachine("LambdaSQSIntegration", Definition);

        var error = Assert.Throws<StepFunctionsApiException>(() => engine.StartExecution($"{arn}#Nope"));

        Assert.Equal("InvalidArn", error.ErrorType);
    }
}
