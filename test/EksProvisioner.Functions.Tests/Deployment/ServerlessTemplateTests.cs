using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EksProvisioner.Core.Contract;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Functions.Tests.Stages;
using EksProvisioner.Testing;

namespace EksProvisioner.Functions.Tests.Deployment;

public sealed partial class ServerlessTemplateTests
{
    /// <summary>
    /// Trigger stages the template deploys whose handlers are registered by Program.cs in the same
    /// release (the webhook and the reaper); drop a name here once its registration is visible to tests.
    /// </summary>
    private static readonly string[] TriggerStagesRegisteredOutsideAddWorkflowStages = ["Webhook", "Reaper"];

    private const string EnvironmentTag = "eksprov:environment";
    private const string RequestTag = "aws:RequestTag/" + EnvironmentTag;
    private const string ResourceTag = "aws:ResourceTag/" + EnvironmentTag;

    /// <summary>Non-read-only actions that AWS only grants on Resource "*", and why.</summary>
    private static readonly Dictionary<string, string> AnyResourceAllowed = new(StringComparer.Ordinal)
    {
        ["logs:CreateLogDelivery"] = "Step Functions log delivery: CloudWatch Logs offers no resource-level permission for it",
        ["logs:UpdateLogDelivery"] = "as above",
        ["logs:DeleteLogDelivery"] = "as above",
        ["logs:PutResourcePolicy"] = "as above",
        ["xray:PutTraceSegments"] = "X-Ray has no resource-level permissions",
        ["xray:PutTelemetryRecords"] = "X-Ray has no resource-level permissions",
    };

    /// <summary>
    /// The condition key each create-like action must carry when it is not the default (our request tag),
    /// or null when no condition can be written, and why.
    /// </summary>
    private static readonly Dictionary<string, (string? Key, string Why)> CreateConditions = new(StringComparer.Ordinal)
    {
        ["ec2:CreateTags"] = ("ec2:CreateAction", "tags only inside a create call, never on someone else's resource"),
        ["ec2:CreateRoute"] = (ResourceTag, "a route is no resource of its own; it changes our tagged route table"),
        ["iam:CreateServiceLinkedRole"] = ("iam:AWSServiceName", "EKS's own service-linked roles, made once per account"),
        ["logs:CreateLogDelivery"] = (null, "Step Functions log delivery, Resource \"*\" by AWS's design"),
    };

    /// <summary>Delete-like actions that cannot carry our resource tag condition, and why.</summary>
    private static readonly Dictionary<string, string> UntaggedDeletes = new(StringComparer.Ordinal)
    {
        ["ec2:DeleteNetworkInterface"] =
            "interfaces EKS and the VPC CNI leave behind carry no eksprov tag; only detached ones inside the environment's VPC are deleted",
        ["ec2:DeleteSecurityGroup"] =
            "the cluster security group EKS makes and load balancer groups Kubernetes makes carry no eksprov tag; only groups inside the environment's VPC are deleted",
        ["logs:DeleteLogDelivery"] = "Step Functions log delivery, Resource \"*\" by AWS's design",
    };

    private static readonly string[] PassRoleServices = ["eks.amazonaws.com", "ec2.amazonaws.com", "eks-fargate-pods.amazonaws.com"];

    private static readonly ServerlessTemplate Template = ServerlessTemplate.Load();

    private static string Verb(string action) => action[(action.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private static bool IsReadOnly(string action) =>
        Verb(action).StartsWith("Describe", StringComparison.Ordinal)
        || Verb(action).StartsWith("List", StringComparison.Ordinal)
        || Verb(action).StartsWith("Get", StringComparison.Ordinal);

    private static bool IsCreateLike(string action) =>
        Verb(action).StartsWith("Create", StringComparison.Ordinal)
        || Verb(action).StartsWith("Run", StringComparison.Ordinal)
        || Verb(action).StartsWith("Allocate", StringComparison.Ordinal);

    private static bool IsDeleteLike(string action) =>
        Verb(action).StartsWith("Delete", StringComparison.Ordinal)
        || Verb(action).StartsWith("Release", StringComparison.Ordinal)
        || Verb(action).StartsWith("Detach", StringComparison.Ordinal)
        || Verb(action).StartsWith("Disassociate", StringComparison.Ordinal);

    [Fact]
    public async Task CfnLint_Template_ReportsNoFindingAtAnyLevel()
    {
        var cfnLint = ExternalTools.Require("cfn-lint");

        // -c I adds the informational rules to the default errors and warnings.
        var result = await ExternalProcess.RunAsync(
            cfnLint, ["-c", "I", "--format", "parseable", "serverless.template"], RepositoryFiles.Root, TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0 && result.Output.Length == 0, $"cfn-lint exit {result.ExitCode}:\n{result.Output}");
    }

    [Fact]
    public void Functions_EveryStage_IsRegisteredByTheFunctionsProgram()
    {
        var registered = new LambdaStages().AddWorkflowStages(() => throw new InvalidOperationException("no stage is constructed here")).Names;
        var known = registered.Concat(TriggerStagesRegisteredOutsideAddWorkflowStages).ToHashSet(StringComparer.Ordinal);
        var stages = Template.FunctionStages;

        Assert.All(stages, f => Assert.True(f.Value is not null && known.Contains(f.Value), $"{f.Key}: EKSPROV_STAGE '{f.Value}' is not registered"));
        Assert.All(known, stage => Assert.Single(stages, f => f.Value == stage));
    }

    [Theory]
    [InlineData("ProvisionStateMachine", "provision-environment.asl.json")]
    [InlineData("TeardownStateMachine", "teardown-environment.asl.json")]
    public void DefinitionSubstitutions_EveryFunctionPlaceholder_IsTheAliasOfTheFunctionOfThatStage(string machine, string file)
    {
        var properties = Template.OfType(ServerlessTemplate.StateMachineType)[machine];
        var substitutions = properties["DefinitionSubstitutions"]!.AsObject();
        var definition = File.ReadAllText(StateMachineFiles.Paths().Single(p => Path.GetFileName(p) == file));
        var used = AnyPlaceholder().Matches(definition).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var stages = Template.FunctionStages;

        Assert.Equal("statemachine/" + file, properties["DefinitionUri"]!.GetValue<string>());
        Assert.Equal(used.Order(StringComparer.Ordinal), substitutions.Select(s => s.Key).Order(StringComparer.Ordinal));
        foreach (var (placeholder, value) in substitutions)
        {
            var reference = value!["Ref"]!.GetValue<string>();
            if (FunctionPlaceholder().Match(placeholder) is { Success: true } function)
            {
                var logicalId = reference.EndsWith(".Alias", StringComparison.Ordinal) ? reference[..^".Alias".Length] : null;
                Assert.True(logicalId is not null, $"{placeholder} should name a function's alias, not {reference}");
                Assert.Equal(function.Groups[1].Value, stages[logicalId!]);
            }
            else
            {
                Assert.Equal(("TeardownStateMachineArn", "TeardownStateMachine"), (placeholder, reference));
            }
        }
    }

    [Theory]
    [InlineData("ProvisionStateMachine", "provision-environment")]
    [InlineData("TeardownStateMachine", "teardown-environment")]
    public void StateMachines_Name_IsDerivedFromTheStackNameAsTheCliExpects(string machine, string suffix)
    {
        var name = new TemplateValues(Template).EvaluateString(Template.OfType(ServerlessTemplate.StateMachineType)[machine]["Name"]);

        Assert.Equal($"{TemplateValues.StackName}-{suffix}", name);
    }

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
        Assert.Equal(("dev", TemplateValues.Region, (int?)12), (request.Name, request.Region, request.TtlHours));
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

    [Fact]
    public void Policies_NoStatement_GrantsAWildcardAction()
    {
        var wildcards = Template.Statements().Where(s => s.Actions.Any(a => a.Contains('*', StringComparison.Ordinal))).ToList();

        Assert.Empty(wildcards);
        Assert.NotEmpty(Template.Statements());
    }

    [Fact]
    public void Policies_AnyResource_OnlyForReadOnlyOrAllowListedActions()
    {
        var offending = Template.Statements()
            .Where(s => s.AnyResource)
            .SelectMany(s => s.Actions.Where(a => !IsReadOnly(a) && !AnyResourceAllowed.ContainsKey(a)).Select(a => $"{a} in {s}"))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Policies_CreateActions_CarryOurRequestTagOrTheirDocumentedCondition()
    {
        var offending = new List<string>();
        foreach (var statement in Template.Statements())
        {
            foreach (var action in statement.Actions.Where(IsCreateLike))
            {
                var required = CreateConditions.TryGetValue(action, out var special) ? special.Key : RequestTag;
                var ok = required is null ? statement.AnyResource : statement.ConditionKeys.Contains(required);
                if (!ok)
                {
                    offending.Add($"{action} needs {required ?? "Resource \"*\" (log delivery)"}: {statement}");
                }
            }
        }

        Assert.Empty(offending);
    }

    [Fact]
    public void Policies_CreateTags_OnlyInsideTheCreateCallsOfTheSameStatementSet()
    {
        foreach (var function in Template.FunctionStages.Keys)
        {
            var statements = Template.StatementsOf(function).ToList();
            var creates = statements.SelectMany(s => s.Actions).Where(a => a.StartsWith("ec2:", StringComparison.Ordinal) && IsCreateLike(a) && a != "ec2:CreateTags")
                .Select(Verb).ToHashSet(StringComparer.Ordinal);
            var tagged = statements.Where(s => s.Actions.Contains("ec2:CreateTags")).SelectMany(s => s.ConditionValues("ec2:CreateAction")).ToList();

            Assert.All(tagged, a => Assert.True(creates.Contains(a), $"{function}: ec2:CreateTags allowed for {a}, which it may not call"));
        }
    }

    [Fact]
    public void Policies_DeleteActions_CarryOurResourceTagOrAreDocumentedExceptions()
    {
        var offending = Template.Statements()
            .SelectMany(s => s.Actions.Where(IsDeleteLike).Where(a => !s.ConditionKeys.Contains(ResourceTag) && !UntaggedDeletes.ContainsKey(a)).Select(a => $"{a}: {s}"))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Policies_Ec2AndEksWrites_AreAllConditionedOnOurTagUnlessDocumented()
    {
        var ours = new[] { RequestTag, ResourceTag, "ec2:CreateAction" };
        var offending = Template.Statements()
            .SelectMany(s => s.Actions
                .Where(a => (a.StartsWith("ec2:", StringComparison.Ordinal) || a.StartsWith("eks:", StringComparison.Ordinal)) && !IsReadOnly(a))
                .Where(a => !ours.Any(s.ConditionKeys.Contains) && !UntaggedDeletes.ContainsKey(a))
                .Select(a => $"{a}: {s}"))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Policies_IamActions_AreScopedToOurRolePrefix()
    {
        var offending = Template.Statements()
            .Where(s => s.Actions.Any(a => a.StartsWith("iam:", StringComparison.Ordinal)))
            .Where(s => !s.Resources.All(r =>
                r.Contains(":role/eksprov-", StringComparison.Ordinal)
                || (s.Actions.SequenceEqual(["iam:CreateServiceLinkedRole"]) && r.Contains(":role/aws-service-role/", StringComparison.Ordinal))))
            .ToList();

        Assert.Empty(offending);
        Assert.Contains(Template.Statements(), s => s.Actions.Contains("iam:CreateRole"));
    }

    [Fact]
    public void Policies_PassRole_OnlyToEksOrEc2()
    {
        var passes = Template.Statements().Where(s => s.Actions.Contains("iam:PassRole")).ToList();

        Assert.NotEmpty(passes);
        Assert.All(passes, s =>
        {
            Assert.Equal(["iam:PassRole"], s.Actions);
            var services = s.ConditionValues("iam:PassedToService");
            Assert.NotEmpty(services);
            Assert.All(services, service => Assert.Contains(service, PassRoleServices));
        });
    }

    [Fact]
    public void Policies_ValidateRequestAndBuildOutput_CallNoAwsApi()
    {
        Assert.Empty(Template.StatementsOf("ValidateRequestFunction"));
        Assert.Empty(Template.StatementsOf("BuildOutputFunction"));
    }

    [Fact]
    public void Readme_PermissionTable_ListsEveryFunctionAndExactlyItsActions()
    {
        var rows = PermissionTable.Rows(RepositoryFiles.Read("README.md"));
        var functions = Template.FunctionStages.Keys.ToList();

        Assert.Equal(functions.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var function in functions)
        {
            var granted = Template.StatementsOf(function).SelectMany(s => s.Actions).ToHashSet(StringComparer.Ordinal);
            var listed = PermissionTable.Actions(rows[function]);
            Assert.All(granted, a => Assert.True(listed.Any(p => PermissionTable.Covers(p, a)), $"README: {function} row does not list {a}"));
            Assert.All(listed, p => Assert.True(granted.Any(a => PermissionTable.Covers(p, a)), $"README: {function} row lists {p}, which it is not granted"));
        }
    }

    [Fact]
    public void Makefile_EveryMakefileBuiltFunction_HasABuildTarget()
    {
        var makefile = RepositoryFiles.Read("Makefile");
        var functions = Template.Resources
            .Where(r => r.Value!["Type"]!.GetValue<string>() == ServerlessTemplate.FunctionType)
            .Where(r => r.Value!["Metadata"]?["BuildMethod"]?.GetValue<string>() == "makefile")
            .Select(r => r.Key)
            .ToList();

        Assert.Equal(Template.FunctionStages.Count, functions.Count);
        Assert.All(functions, f => Assert.Matches(new Regex($"(?m)^build-{f}: publish$", RegexOptions.None, TimeSpan.FromSeconds(1)), makefile));
    }

    [Fact]
    public void LambdaToolsDefaults_TemplateParameters_AreParametersOfTheTemplate()
    {
        var defaults = JsonNode.Parse(RepositoryFiles.Read("aws-lambda-tools-defaults.json"))!;
        var parameters = Template.Root["Parameters"]!.AsObject();

        Assert.True(File.Exists(RepositoryFiles.PathOf(defaults["template"]!.GetValue<string>())));
        var names = defaults["template-parameters"]!.GetValue<string>()
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p[..p.IndexOf('=', StringComparison.Ordinal)])
            .ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.True(parameters.ContainsKey(n), $"aws-lambda-tools-defaults.json sets '{n}', which the template does not have"));
    }

    private static IEnumerable<(string Machine, JsonObject Properties)> ScheduleEvents() =>
        Template.OfType(ServerlessTemplate.StateMachineType)
            .SelectMany(m => (m.Value["Events"] as JsonObject ?? []).Select(e => (Machine: m.Key, Event: e.Value!)))
            .Where(e => e.Event["Type"]!.GetValue<string>() == "ScheduleV2")
            .Select(e => (e.Machine, e.Event["Properties"]!.AsObject()));

    [GeneratedRegex(@"\$\{([A-Za-z]+)\}")]
    private static partial Regex AnyPlaceholder();

    [GeneratedRegex(@"^([A-Za-z]+)FunctionArn$")]
    private static partial Regex FunctionPlaceholder();
}
