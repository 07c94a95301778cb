namespace EksProvisioner.Cli.Tests;

public sealed class ValidateAslCommandTests : IDisposable
{
    private static readonly string StateMachinesFolder = Path.Combine(AppContext.BaseDirectory, "StateMachines");

    private readonly TempFiles _files = new();

    public static TheoryData<string> ShippedDefinitions() => new(
        Directory.GetFiles(StateMachinesFolder, "*.asl.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(ShippedDefinitions))]
    public async Task ValidateAsl_ShippedDefinitionWithPlaceholders_ExitsZeroSilently(string file)
    {
        var path = Path.Combine(StateMachinesFolder, file);
        Assert.Contains("${", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var run = await CliRun.RunAsync("validate-asl", path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task ValidateAsl_BrokenDefinition_ReportsEveryProblemWithItsLocation()
    {
        var path = _files.Write("broken.asl.json", """
            {
              "StartAt": "Missing",
              "States": {
                "Work": { "Type": "Task", "Resource": "${WorkFunctionArn}", "Next": "Nowhere" },
                "Orphan": { "Type": "Pass", "End": true, "Next": "Work" },
                "Bad": { "Type": "Wait" }
              }
            }
            """);

        var run = await CliRun.RunAsync("validate-asl", path);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.True(run.StderrLines.Count >= 4, run.Stderr);
        Assert.All(run.StderrLines, line => Assert.Matches("^/[^:]*: .+", line));
        Assert.Contains(run.StderrLines, l => l.StartsWith("/StartAt: ", StringComparison.Ordinal));
        Assert.Contains(run.StderrLines, l => l.StartsWith("/States/Work/Next: ", StringComparison.Ordinal));
        Assert.Contains(run.StderrLines, l => l.StartsWith("/States/Orphan", StringComparison.Ordinal));
        Assert.Contains(run.StderrLines, l => l.StartsWith("/States/Bad", StringComparison.Ordinal));
        Assert.DoesNotContain(run.StderrLines, l => l.StartsWith("/States/Work/Resource", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateAsl_JsonataDefinitionWithProblems_ReportsEveryProblemAtOnce()
    {
        var path = _files.Write("jsonata.asl.json", """
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Shape",
              "States": {
                "Shape": { "Type": "Pass", "Output": { "id": "{% $states.input.id + %}" }, "InputPath": "$.x", "Next": "Check" },
                "Check": { "Type": "Choice", "Choices": [ { "Condition": "{% $partition( %}", "Next": "Done" } ], "Default": "Done" },
                "Done": { "Type": "Succeed" }
              }
            }
            """);

        var run = await CliRun.RunAsync("validate-asl", path);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        string[] expected = ["/States/Shape/Output/id: invalid JSONata expression", "/States/Shape/InputPath: ", "/States/Check/Choices/0/Condition: invalid JSONata expression"];
        Assert.All(expected, prefix => Assert.Contains(run.StderrLines, l => l.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ValidateAsl_JsonataDefinitionWithStepFunctionsFunctions_ExitsZeroSilently()
    {
        var path = _files.Write("jsonata-ok.asl.json", """
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Shape",
              "States": {
                "Shape": { "Type": "Pass", "Output": { "chunks": "{% $partition($range(1, 9, 1), 3) %}", "id": "{% $uuid() %}" }, "End": true }
              }
            }
            """);

        var run = await CliRun.RunAsync("validate-asl", path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task ValidateAsl_PlainResourceThatIsNotAUri_IsReported()
    {
        var path = _files.Write("no-uri.asl.json", """
            { "StartAt": "Work", "States": { "Work": { "Type": "Task", "Resource": "not a uri", "End": true } } }
            """);

        var run = await CliRun.RunAsync("validate-asl", path);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains(run.StderrLines, l => l.StartsWith("/States/Work/Resource: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("missing.asl.json", null, "no such file")]
    [InlineData("empty.asl.json", "", "is empty")]
    [InlineData("blank.asl.json", "  \n", "is empty")]
    [InlineData("not-json.asl.json", "{ \"StartAt\": ", "not valid JSON")]
    public async Task ValidateAsl_UnusableFile_ExitsTwoWithOneClearLine(string name, string? content, string expected)
    {
        var path = content is null ? Path.Combine(_files.Folder, name) : _files.Write(name, content);

        var run = await CliRun.RunAsync("validate-asl", path);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();
}
