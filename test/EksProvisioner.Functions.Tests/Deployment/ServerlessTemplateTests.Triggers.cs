using System.Globalization;
using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract;
using EksProvisioner.Triggers.Events;

namespace EksProvisioner.Functions.Tests.Deployment;

public sealed partial class ServerlessTemplateTests
{
    [Theory]
    [InlineData("WebhookFunction", "Webhook")]
    [InlineData("ReaperFunction", "Reaper")]
    [InlineData("EventsFunction", "Events")]
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
    public void WeekdaySchedules_State_FollowsEnableSchedules(string enable, string expected)
    {
        var values = new TemplateValues(Template, new Dictionary<string, string> { ["EnableSchedules"] = enable });
        var schedules = WeekdaySchedules().ToList();

        Assert.Equal(2, schedules.Count);
        Assert.All(schedules, s => Assert.Equal(expected, values.EvaluateString(s.Properties["State"])));
    }

    [Fact]
    public void WeekdaySchedules_WithDefaultParameters_AreDisabled()
    {
        var values = new TemplateValues(Template);

        Assert.All(WeekdaySchedules(), s => Assert.Equal("DISABLED", values.EvaluateString(s.Properties["State"])));
    }

    [Fact]
    public void WeekdaySchedulesAndBusRules_Target_TheEventsFunctionNotTheStateMachines()
    {
        var targets = TriggerEvents()
            .Where(e => e.Type is "ScheduleV2" or "EventBridgeRule" && e.Owner != "ReaperFunction")
            .Select(e => $"{e.Owner} {e.Type} {e.Name}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "EventsFunction EventBridgeRule EnvironmentRequested", "EventsFunction EventBridgeRule EnvironmentTeardownRequested",
                "EventsFunction ScheduleV2 WeekdayMorning", "EventsFunction ScheduleV2 WeekdayNight",
            ],
            targets);
        Assert.All(Template.OfType(ServerlessTemplate.StateMachineType), m => Assert.Null(m.Value["Events"]));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("1.33", "alice@example.com")]
    public void ProvisionSchedule_Input_IsAnEnvironmentRequestedEventWithAValidRequest(string kubernetesVersion, string owner)
    {
        var values = new TemplateValues(Template, new Dictionary<string, string>
        {
            ["ScheduledKubernetesVersion"] = kubernetesVersion,
            ["ScheduledOwner"] = owner,
        });
        var schedule = WeekdaySchedules().Single(s => s.Name == "WeekdayMorning");

        var input = JsonNode.Parse(values.EvaluateString(schedule.Properties["Input"]))!.AsObject();
        var validation = EnvironmentRequests.Validate(input["detail"]!.ToJsonString());

        Assert.Equal(["detail-type", "time", "detail"], input.Select(p => p.Key));
        Assert.Equal((EventDetailTypes.EnvironmentRequested, ScheduledTime), (input["detail-type"]!.GetValue<string>(), input["time"]!.GetValue<string>()));
        Assert.True(validation.IsValid, string.Join("\n", validation.Problems));
        var request = validation.Request!;
        Assert.Equal(
            (values.Parameter("ScheduledEnvironmentName"), TemplateValues.Region, (int?)int.Parse(values.Parameter("ScheduledTtlHours"), CultureInfo.InvariantCulture)),
            (request.Name, request.Region, request.TtlHours));
        Assert.Equal(kubernetesVersion.Length == 0 ? KubernetesVersions.Default : kubernetesVersion, request.KubernetesVersion);
        Assert.Equal(owner.Length == 0 ? null : owner, request.Owner);
        Assert.Null(request.Ticket);
    }

    [Fact]
    public void TeardownSchedule_Input_IsATeardownRequestedEventForTheSameEnvironment()
    {
        var values = new TemplateValues(Template, new Dictionary<string, string> { ["ScheduledEnvironmentName"] = "nightly" });
        var schedule = WeekdaySchedules().Single(s => s.Name == "WeekdayNight");

        var input = JsonNode.Parse(values.EvaluateString(schedule.Properties["Input"]))!.AsObject();

        Assert.Equal((EventDetailTypes.EnvironmentTeardownRequested, ScheduledTime), (input["detail-type"]!.GetValue<string>(), input["time"]!.GetValue<string>()));
        var detail = input["detail"]!.AsObject();
        Assert.Equal(["environmentName", "region"], detail.Select(p => p.Key));
        Assert.Equal(("nightly", TemplateValues.Region), (detail["environmentName"]!.GetValue<string>(), detail["region"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("EnvironmentRequested")]
    [InlineData("EnvironmentTeardownRequested")]
    public void EventBusRules_DetailType_DeliversTheWholeEventToTheEventsFunctionWithADeadLetterQueue(string detailType)
    {
        var rule = Assert.Single(TriggerEvents(), e => e.Type == "EventBridgeRule" && e.Name == detailType).Properties;

        Assert.Equal("EnvironmentsBus", rule["EventBusName"]!["Ref"]!.GetValue<string>());
        Assert.Equal([detailType], rule["Pattern"]!["detail-type"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("EventSources", rule["Pattern"]!["source"]!["Ref"]!.GetValue<string>());
        Assert.Null(rule["InputPath"]);
        Assert.Null(rule["Input"]);
        Assert.Equal("TriggerDeadLetterQueue", rule["DeadLetterConfig"]!["Arn"]!["Fn::GetAtt"]![0]!.GetValue<string>());
    }

    [Fact]
    public void EventsFunction_FailedInvocations_GoToTheDeadLetterQueueItMayWrite()
    {
        var config = Template.OfType(ServerlessTemplate.FunctionType)["EventsFunction"]["EventInvokeConfig"]!;
        var failure = config["DestinationConfig"]!["OnFailure"]!;
        var sends = Template.StatementsOf("EventsFunction").Where(s => s.Actions.Contains("sqs:SendMessage")).ToList();

        Assert.Equal(("SQS", "TriggerDeadLetterQueue"), (failure["Type"]!.GetValue<string>(), failure["Destination"]!["Fn::GetAtt"]![0]!.GetValue<string>()));
        Assert.Equal(["sqs:SendMessage"], Assert.Single(sends).Actions);
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

    /// <summary>What EventBridge Scheduler replaces with the time the schedule fired.</summary>
    private const string ScheduledTime = "<aws.scheduler.scheduled-time>";

    /// <summary>Every SAM event of every function and state machine.</summary>
    private static IEnumerable<(string Owner, string Name, string Type, JsonObject Properties)> TriggerEvents() =>
        Template.OfType(ServerlessTemplate.FunctionType).Concat(Template.OfType(ServerlessTemplate.StateMachineType))
            .SelectMany(o => (o.Value["Events"] as JsonObject ?? []).Select(e => (o.Key, e.Key, e.Value!["Type"]!.GetValue<string>(), e.Value["Properties"]!.AsObject())));

    /// <summary>The create and teardown schedules: every schedule but the reaper's.</summary>
    private static IEnumerable<(string Owner, string Name, string Type, JsonObject Properties)> WeekdaySchedules() =>
        TriggerEvents().Where(e => e.Type == "ScheduleV2" && e.Owner != "ReaperFunction");

    [Fact]
    public void EnvironmentsBus_Policies_LetTheStackAccountAndOnlyTheListedPrincipalsPutEvents()
    {
        var policies = Template.OfType("AWS::Events::EventBusPolicy");
        var own = policies["EnvironmentsBusPolicy"]["Statement"]!;
        var extra = policies["EnvironmentsBusExtraPolicy"]["Statement"]!;

        Assert.Equal(2, policies.Count);
        Assert.All(policies.Values, p => Assert.Equal("EnvironmentsBus", p["EventBusName"]!["Ref"]!.GetValue<string>()));
        Assert.Equal(("events:PutEvents", "events:PutEvents"), (own["Action"]!.GetValue<string>(), extra["Action"]!.GetValue<string>()));
        Assert.Contains(":iam::${AWS::AccountId}:root", own["Principal"]!["AWS"]!["Fn::Sub"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("EventBusExtraPrincipals", extra["Principal"]!["AWS"]!["Ref"]!.GetValue<string>());
    }

    [Fact]
    public void WebhookFunction_DeletableEnvironments_ComeFromTheStackParameter()
    {
        var variables = Template.Variables("WebhookFunction");

        Assert.Equal("WebhookDeletableEnvironments", variables[Functions.Webhook.WebhookHandler.DeletableEnvironmentsVariable]!["Ref"]!.GetValue<string>());
    }
}
