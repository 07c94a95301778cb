using System.Globalization;
using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract;

namespace EksProvisioner.Functions.Tests.Deployment;

public sealed partial class ServerlessTemplateTests
{
    [Theory]
    [InlineData("WebhookFunction", "Webhook")]
    [InlineData("ReaperFunction", "Reaper")]
    public void TriggerFunctions_Environment_NamesBothStateMachines(string function, string stage)
    {
        var variables = Template.Variables(function);

        Assert.Equal(stage, variables["EKSPROV_STAGE"]!.GetValue<string>());
        Assert.Equal("ProvisionStateMachine", variables["EKSPROV_PROVISION_STATE_MACHINE_ARN"]!["Ref"]!.GetValue<string>());
        Assert.Equal("TeardownStateMachine", variables["EKSPROV_TEARDOWN_STATE_MACHINE_ARN"]!["Ref"]!.GetValue<string>());
    }

    [Fact]
    public void WebhookFunction_SecretParameter_IsTheOnlyParameterItMayRead()
    {
        var values = new TemplateValues(Template);
        var parameter = values.EvaluateString(Template.Variables("WebhookFunction")["EKSPROV_WEBHOOK_SECRET_PARAMETER"]);
        var reads = Template.StatementsOf("WebhookFunction").Where(s => s.Actions.Any(a => a.StartsWith("ssm:", StringComparison.Ordinal))).ToList();

        Assert.Equal("/eksprov/webhook-secret", parameter);
        var statement = Assert.Single(reads);
        Assert.Equal(["ssm:GetParameter"], statement.Actions);
        Assert.Equal(
            $"arn:aws:ssm:{TemplateValues.Region}:123456789012:parameter/eksprov/webhook-secret",
            values.EvaluateString(new JsonObject { ["Fn::Sub"] = statement.Resources.Single() }));
    }

    [Fact]
    public void ReaperFunction_StartExecution_IsOnlyAllowedOnTheTeardownMachine()
    {
        var starts = Template.StatementsOf("ReaperFunction").Where(s => s.Actions.Contains("states:StartExecution")).SelectMany(s => s.Resources);

        Assert.Equal(["Ref:TeardownStateMachine"], starts);
    }

    [Fact]
    public void HttpApi_Routes_AreTheThreeEnvironmentRoutesOnTheWebhookFunction()
    {
        var events = Template.OfType(ServerlessTemplate.FunctionType)
            .SelectMany(f => (f.Value["Events"] as JsonObject ?? []).Select(e => (Function: f.Key, Event: e.Value!)))
            .Where(e => e.Event["Type"]!.GetValue<string>() == "HttpApi")
            .Select(e => $"{e.Function} {e.Event["Properties"]!["Method"]} {e.Event["Properties"]!["Path"]} {e.Event["Properties"]!["ApiId"]!["Ref"]}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            ["WebhookFunction DELETE /environments/{name} Api", "WebhookFunction GET /environments/{name} Api", "WebhookFunction POST /environments Api"],
            events);
        Assert.DoesNotContain(Template.OfType("AWS::Serverless::HttpApi")["Api"], p => p.Key == "Auth");
    }

    [Theory]
    [InlineData("false", "DISABLED")]
    [InlineData("true", "ENABLED")]
    public void StateMachineSchedules_State_FollowsEnableSchedules(string enable, string expected)
    {
        var values = new TemplateValues(Template, new Dictionary<string, string> { ["EnableSchedules"] = enable });
        var schedules = ScheduleEvents().ToList();

        Assert.Equal(2, schedules.Count);
        Assert.All(schedules, s => Assert.Equal(expected, values.EvaluateString(s.Properties["State"])));
    }

    [Fact]
    public void StateMachineSchedules_WithDefaultParameters_AreDisabled()
    {
        var values = new TemplateValues(Template);

        Assert.All(ScheduleEvents(), s => Assert.Equal("DISABLED", values.EvaluateString(s.Properties["State"])));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("1.33", "alice@example.com")]
    public void ProvisionSchedule_Input_IsAValidEnvironmentRequest(string kubernetesVersion, string owner)
    {
        var values = new TemplateValues(Template, new Dictionary<string, string>
        {
            ["ScheduledKubernetesVersion"] = kubernetesVersion,
            ["ScheduledOwner"] = owner,
        });
        var schedule = ScheduleEvents().Single(s => s.Machine == "ProvisionStateMachine");

        var validation = EnvironmentRequests.Validate(values.EvaluateString(schedule.Properties["Input"]));

        Assert.True(validation.IsValid, string.Join("\n", validation.Problems));
        var request = validation.Request!;
        Assert.Equal(
            (values.Parameter("ScheduledEnvironmentName"), TemplateValues.Region, (int?)int.Parse(values.Parameter("ScheduledTtlHours"), CultureInfo.InvariantCulture)),
            (request.Name, request.Region, request.TtlHours));
        Assert.Equal(kubernetesVersion.Length == 0 ? KubernetesVersions.Default : kubernetesVersion, request.KubernetesVersion);
        Assert.Equal(owner.Length == 0 ? null : owner, request.Owner);
    }

    [Fact]
    public void TeardownSchedule_Input_IsTheTeardownContractForTheSameEnvironment()
    {
        var values = new TemplateValues(Template, new Dictionary<string, string> { ["ScheduledEnvironmentName"] = "nightly" });
        var schedule = ScheduleEvents().Single(s => s.Machine == "TeardownStateMachine");

        var input = JsonNode.Parse(values.EvaluateString(schedule.Properties["Input"]))!.AsObject();

        Assert.Equal(["environmentName", "region"], input.Select(p => p.Key));
        Assert.Equal(("nightly", TemplateValues.Region), (input["environmentName"]!.GetValue<string>(), input["region"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("ProvisionStateMachine", "EnvironmentRequested")]
    [InlineData("TeardownStateMachine", "EnvironmentTeardownRequested")]
    public void EventBusRules_DetailType_StartsItsMachineWithTheDetailAsInput(string machine, string detailType)
    {
        var rules = (Template.OfType(ServerlessTemplate.StateMachineType)[machine]["Events"] as JsonObject ?? [])
            .Select(e => e.Value!)
            .Where(e => e["Type"]!.GetValue<string>() == "EventBridgeRule")
            .Select(e => e["Properties"]!)
            .ToList();

        var rule = Assert.Single(rules);
        Assert.Equal("EnvironmentsBus", rule["EventBusName"]!["Ref"]!.GetValue<string>());
        Assert.Equal([detailType], rule["Pattern"]!["detail-type"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("$.detail", rule["InputPath"]!.GetValue<string>());
        Assert.NotNull(rule["DeadLetterConfig"]);
    }

    [Fact]
    public void Outputs_TheDocumentedOutputs_AllExist()
    {
        var outputs = Template.Root["Outputs"]!.AsObject().Select(o => o.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(
            new HashSet<string>(["ApiUrl", "ProvisionStateMachineArn", "TeardownStateMachineArn", "AlarmTopicArn", "EventBusName"], StringComparer.Ordinal),
            outputs);
    }

    [Theory]
    [InlineData("ProvisionStateMachine")]
    [InlineData("TeardownStateMachine")]
    public void Alarms_EachStateMachine_HasAFailedExecutionsAlarmOnTheTopic(string machine)
    {
        var alarms = Template.OfType("AWS::CloudWatch::Alarm").Values
            .Where(a => (a["Metrics"] as JsonArray ?? []).Any(m =>
                m!["MetricStat"]?["Metric"]?["MetricName"]?.GetValue<string>() == "ExecutionsFailed"
                && m["MetricStat"]!["Metric"]!["Dimensions"]![0]!["Value"]!["Ref"]!.GetValue<string>() == machine))
            .ToList();

        var alarm = Assert.Single(alarms);
        Assert.Equal(["Ref:AlarmTopic"], alarm["AlarmActions"]!.AsArray().Select(PolicyStatement.Text));
    }

    private static IEnumerable<(string Machine, JsonObject Properties)> ScheduleEvents() =>
        Template.OfType(ServerlessTemplate.StateMachineType)
            .SelectMany(m => (m.Value["Events"] as JsonObject ?? []).Select(e => (Machine: m.Key, Event: e.Value!)))
            .Where(e => e.Event["Type"]!.GetValue<string>() == "ScheduleV2")
            .Select(e => (e.Machine, e.Event["Properties"]!.AsObject()));
}
