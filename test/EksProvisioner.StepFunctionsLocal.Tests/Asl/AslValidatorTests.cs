using EksProvisioner.StepFunctionsLocal.Asl;

namespace EksProvisioner.StepFunctionsLocal.Tests.Asl;

public sealed class AslValidatorTests
{
    /// <summary>The product's own definitions (statemachine/*.asl.json at the repository root) must pass, placeholders included.</summary>
    [Fact]
    public void Validate_ProductStateMachines_NoProblems()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EksProvisioner.slnx")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var folder = Path.Combine(directory.FullName, "statemachine");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.asl.json") : [];
        foreach (var file in files)
        {
            var problems = AslValidator.Validate(File.ReadAllText(file));
            Assert.True(problems.Count == 0, $"{Path.GetFileName(file)}:\n{string.Join("\n", problems)}");
        }
    }

    [Fact]
    public void Validate_SubstitutionPlaceholderResource_Accepted()
    {
        var problems = AslValidator.Validate("""{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"${CreateClusterFunctionArn}","End":true}}}""");

        Assert.Empty(problems);
    }

    /// <summary>Comment is allowed at every level AWS allows it, nested Choice rules included (the fixture choice/comments-everywhere).</summary>
    [Fact]
    public void Validate_CommentsInNestedChoiceRulesRetriersCatchersAndProcessors_NoProblems()
    {
        var definition = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "choice", "comments-everywhere.asl.json"));

        Assert.Empty(AslValidator.Validate(definition));
    }

    [Fact]
    public void Validate_CommentThatIsNotAString_Reported()
    {
        var problems = AslValidator.Validate("""{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Comment":1,"Variable":"$.n","NumericEquals":1,"Next":"D"}],"Default":"D"},"D":{"Type":"Succeed"}}}""");

        Assert.NotEmpty(problems);
    }

    /// <summary>An empty-string ResultPath is not a path (omit it for <c>$</c>, or use null to keep the input).</summary>
    [Fact]
    public void Validate_CatchResultPathEmptyString_Reported()
    {
        var problems = AslValidator.Validate("""{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Echo","Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"","Next":"D"}],"End":true},"D":{"Type":"Succeed"}}}""");

        Assert.Contains(problems, p => p.Location.EndsWith("Catch/0/ResultPath", StringComparison.Ordinal));
    }
}
