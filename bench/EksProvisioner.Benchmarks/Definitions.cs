using System.Text.Json.Nodes;

namespace EksProvisioner.Benchmarks;

/// <summary>
/// The benchmark workflow: 30 states, alternating Task (mocked locally), Pass, Choice and Wait, as a small
/// provisioning loop would. For moto, which cannot load mock configs, the tasks become Pass states with the same result.
/// </summary>
internal static class Definitions
{
    /// <summary>Seconds per Wait state (1 by default; `ratio N nowait` sets 0 to compare the interpreters alone).</summary>
    public static int WaitSeconds { get; set; } = 1;

    public static string Workflow(bool tasksAsPass)
    {
        var states = new JsonObject();
        const int groups = 7;
        for (var i = 0; i < groups; i++)
        {
            var next = i == groups - 1 ? "Done" : $"Task{i + 1}";
            states[$"Task{i}"] = tasksAsPass
                ? new JsonObject { ["Type"] = "Pass", ["Result"] = new JsonObject { ["status"] = "ACTIVE" }, ["ResultPath"] = "$.result", ["Next"] = $"Shape{i}" }
                : new JsonObject { ["Type"] = "Task", ["Resource"] = "arn:aws:states:::lambda:invoke", ["Parameters"] = new JsonObject { ["FunctionName"] = "Stage", ["Payload.$"] = "$" }, ["ResultSelector"] = new JsonObject { ["status.$"] = "$.Payload.status" }, ["ResultPath"] = "$.result", ["Next"] = $"Shape{i}" };
            states[$"Shape{i}"] = new JsonObject { ["Type"] = "Pass", ["Parameters"] = new JsonObject { ["id.$"] = "$.id", ["result.$"] = "$.result" }, ["Next"] = $"Check{i}" };
            states[$"Check{i}"] = new JsonObject
            {
                ["Type"] = "Choice",
                ["Choices"] = new JsonArray(new JsonObject { ["Variable"] = "$.result.status", ["StringEquals"] = "ACTIVE", ["Next"] = $"Wait{i}" }),
                ["Default"] = "Failed",
            };
            states[$"Wait{i}"] = new JsonObject { ["Type"] = "Wait", ["Seconds"] = WaitSeconds, ["Next"] = next };
        }

        states["Failed"] = new JsonObject { ["Type"] = "Fail", ["Error"] = "NotActive" };
        states["Done"] = new JsonObject { ["Type"] = "Succeed" };
        return new JsonObject { ["StartAt"] = "Task0", ["States"] = states }.ToJsonString();
    }

    /// <summary>
    /// The same workflow in JSONata (top-level QueryLanguage): Arguments and Output instead of Parameters, ResultSelector
    /// and ResultPath, Choice Condition instead of a Variable rule. moto 5.2.1 cannot run it (its JSONata evaluator is
    /// never initialised), so it runs on the local engine only.
    /// </summary>
    public static string JsonataWorkflow()
    {
        var states = new JsonObject();
        const int groups = 7;
        for (var i = 0; i < groups; i++)
        {
            var next = i == groups - 1 ? "Done" : $"Task{i + 1}";
            states[$"Task{i}"] = new JsonObject
            {
                ["Type"] = "Task",
                ["Resource"] = "arn:aws:states:::lambda:invoke",
                ["Arguments"] = new JsonObject { ["FunctionName"] = "Stage", ["Payload"] = "{% $states.input %}" },
                ["Output"] = "{% $merge([$states.input, {'result': {'status': $states.result.Payload.status}}]) %}",
                ["Next"] = $"Shape{i}",
            };
            states[$"Shape{i}"] = new JsonObject { ["Type"] = "Pass", ["Output"] = new JsonObject { ["id"] = "{% $states.input.id %}", ["result"] = "{% $states.input.result %}" }, ["Next"] = $"Check{i}" };
            states[$"Check{i}"] = new JsonObject
            {
                ["Type"] = "Choice",
                ["Choices"] = new JsonArray(new JsonObject { ["Condition"] = "{% $states.input.result.status = 'ACTIVE' %}", ["Next"] = $"Wait{i}" }),
                ["Default"] = "Failed",
            };
            states[$"Wait{i}"] = new JsonObject { ["Type"] = "Wait", ["Seconds"] = WaitSeconds, ["Next"] = next };
        }

        states["Failed"] = new JsonObject { ["Type"] = "Fail", ["Error"] = "NotActive" };
        states["Done"] = new JsonObject { ["Type"] = "Succeed" };
        return new JsonObject { ["QueryLanguage"] = "JSONata", ["StartAt"] = "Task0", ["States"] = states }.ToJsonString();
    }

    public const string MockConfig = """
        {"StateMachines":{"bench":{"TestCases":{"Happy":{"Task0":"Active","Task1":"Active","Task2":"Active","Task3":"Active","Task4":"Active","Task5":"Active","Task6":"Active"}}}},
         "MockedResponses":{"Active":{"0":{"Return":{"StatusCode":200,"Payload":{"status":"ACTIVE"}}}}}}
        """;
}
