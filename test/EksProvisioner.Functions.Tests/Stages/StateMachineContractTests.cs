using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EksProvisioner.Core.Errors;
using EksProvisioner.Functions.Stages;

namespace EksProvisioner.Functions.Tests.Stages;

public sealed partial class StateMachineContractTests
{
    /// <summary>The error names Step Functions itself raises (Amazon States Language, "Error names").</summary>
    private static readonly HashSet<string> StatesErrors = new(StringComparer.Ordinal)
    {
        "States.ALL", "States.DataLimitExceeded", "States.ExceedToleratedFailureThreshold", "States.HeartbeatTimeout",
        "States.Http.Socket", "States.IntrinsicFailure", "States.ItemReaderFailed", "States.NoChoiceMatched",
        "States.ParameterPathFailure", "States.Permissions", "States.QueryEvaluationError", "States.ResultPathMatchFailure",
        "States.ResultWriterFailed", "States.Runtime", "States.TaskFailed", "States.Timeout", "States.BranchFailed",
    };

    /// <summary>The Lambda service errors AWS documents and recommends retrying for Lambda tasks.</summary>
    private static readonly HashSet<string> LambdaServiceErrors = new(StringComparer.Ordinal)
    {
        "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
    };

    private static HashSet<string> OurErrors() =>
    [
        .. typeof(EksProvisionerException).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(EksProvisionerException)) && !t.IsAbstract)
            .Select(t => t.Name),
    ];

    public static TheoryData<string> Files() => new(StateMachineFiles.Paths().Select(Path.GetFileName)!);

    private static string PathOf(string file) => StateMachineFiles.Paths().Single(p => Path.GetFileName(p) == file);

    [Theory]
    [MemberData(nameof(Files))]
    public void ErrorEquals_EveryName_IsAStatesErrorOurExceptionOrALambdaServiceError(string file)
    {
        var ours = OurErrors();
        var names = StateMachineFiles.Walk(StateMachineFiles.Load(PathOf(file)))
            .OfType<JsonObject>()
            .Where(o => o.ContainsKey("ErrorEquals"))
            .SelectMany(o => o["ErrorEquals"]!.AsArray().Select(n => n!.GetValue<string>()))
            .ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(
            StatesErrors.Contains(name) || ours.Contains(name) || LambdaServiceErrors.Contains(name),
            $"{file}: ErrorEquals names '{name}', which nothing raises"));
        Assert.Contains(nameof(ResourceFailedException), ours);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void FunctionPlaceholders_EveryOne_NamesARegisteredStage(string file)
    {
        var stages = WorkflowStageNames();
        var text = File.ReadAllText(PathOf(file));

        var placeholders = Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(placeholders);
        Assert.All(placeholders, stage => Assert.True(stages.Contains(stage), $"{file}: ${{{stage}FunctionArn}} has no registered stage"));
    }

    [Fact]
    public void RegisteredStages_EveryOne_IsUsedByAStateMachine()
    {
        var used = StateMachineFiles.Paths()
            .SelectMany(p => Placeholder().Matches(File.ReadAllText(p)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var stages = WorkflowStageNames();

        Assert.NotEmpty(stages);
        Assert.All(stages, name => Assert.Contains(name, used));
    }

    private static HashSet<string> WorkflowStageNames() => StageTable.Workflow.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\$\{([A-Za-z]+)FunctionArn\}")]
    private static partial Regex Placeholder();
}
