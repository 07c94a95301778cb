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

    /// <summary>validate-asl checks JSONata states too and reports every problem at once, each at its location.</summary>
    [Fact]
    public void Validate_JsonataDefinitionWithSeveralProblems_ReportsEachAtItsLocation()
    {
        var problems = AslValidator.Validate("""
            {"QueryLanguage":"JSONata","StartAt":"P","States":{
              "P":{"Type":"Pass","Output":{"a":["{% 1 + %}"]},"ResultPath":"$.x","Next":"C"},
              "C":{"Type":"Choice","Choices":[{"Condition":"{% $states.input.( %}","Next":"W"}],"Default":"W"},
              "W":{"Type":"Wait","Seconds":"{% 'a' & %}","Next":"T"},
              "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Echo","Arguments":{"x":"{% ] %}"},
                   "Catch":[{"ErrorEquals":["States.ALL"],"Output":"{% [ %}","Next":"D"}],"End":true},
              "D":{"Type":"Succeed"}}}
            """).Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.StartsWith("/States/P/Output/a/0: invalid JSONata expression", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("/States/P/ResultPath: ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("/States/C/Choices/0/Condition: invalid JSONata expression", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("/States/W/Seconds: invalid JSONata expression", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("/States/T/Arguments/x: invalid JSONata expression", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("/States/T/Catch/0/Output: invalid JSONata expression", StringComparison.Ordinal));
    }

    /// <summary>Every JSONata fixture, Step Functions' own functions included, is a valid definition.</summary>
    [Fact]
    public void Validate_JsonataFixtures_NoProblems()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jsonata"), "*.asl.json");

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Empty(AslValidator.Validate(File.ReadAllText(file))));
    }
}
