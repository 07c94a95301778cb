using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Errors;
using EksProvisioner.StepFunctionsLocal.Paths;
using EksProvisioner.StepFunctionsLocal.States;

namespace EksProvisioner.StepFunctionsLocal.Tests.Asl;

public sealed class AslParserTests
{
    private static List<string> Problems(string json) => AslValidator.Validate(json).Select(p => p.ToString()).ToList();

    [Fact]
    public void Parse_ValidDefinition_BuildsTypedModel()
    {
        var result = AslParser.Parse("""
            {"StartAt":"A","TimeoutSeconds":60,"States":{
              "A":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:F","Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":0,"JitterStrategy":"FULL"}],"Next":"B"},
              "B":{"Type":"Choice","Choices":[{"Not":{"Variable":"$.x","IsPresent":true},"Next":"C"}],"Default":"D"},
              "C":{"Type":"Succeed"},"D":{"Type":"Fail","Error":"E"}}}
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var task = Assert.IsType<TaskState>(result.Definition!.Graph.States["A"]);
        Assert.Equal(0, task.Errors.Retry[0].MaxAttempts);
        Assert.Equal(JitterStrategy.Full, task.Errors.Retry[0].Jitter);
        var choice = Assert.IsType<ChoiceState>(result.Definition.Graph.States["B"]);
        Assert.IsType<NotRule>(choice.Choices[0].Rule);
        Assert.Equal(60, result.Definition.TimeoutSeconds);
    }

    [Fact]
    public void Parse_PathsAndIntrinsics_KeptInTheirParsedForm()
    {
        var result = AslParser.Parse("""
            {"StartAt":"W","States":{
              "W":{"Type":"Wait","SecondsPath":"$.s","Next":"C"},
              "C":{"Type":"Choice","Choices":[{"Variable":"$.items[0].n","StringMatches":"a*","Next":"F"}],"Default":"F"},
              "F":{"Type":"Fail","CausePath":"States.Format('{}', $.c)"}}}
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var states = result.Definition!.Graph.States;
        Assert.Equal(new NameSegment("s"), Assert.Single(Assert.IsType<WaitState>(states["W"]).SecondsPath!.Segments));
        var rule = Assert.IsType<ComparisonRule>(Assert.IsType<ChoiceState>(states["C"]).Choices[0].Rule);
        Assert.Equal([new NameSegment("items"), new IndexSegment(0), new NameSegment("n")], rule.Variable.Segments);
        Assert.Equal("States.Format", Assert.IsType<IntrinsicValue>(Assert.IsType<FailState>(states["F"]).CausePath).Expression.FunctionName);
    }

    [Fact]
    public void Validate_ManyProblems_ReportsAllAtOnceWithLocations()
    {
        var problems = Problems("""
            {"StartAt":"Start","States":{
              "Start":{"Type":"Pass","Next":"Bar"},
              "Orphan":{"Type":"Pass","End":true},
              "T":{"Type":"Task","Next":"Start","Bogus":1},
              "W":{"Type":"Wait","Seconds":1,"Timestamp":"2016-03-14T01:59:00Z","End":true},
              "R":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:F","End":true,"Retry":[{"ErrorEquals":["States.ALL","X"]},{"ErrorEquals":["Y"],"BackoffRate":0.5}]},
              "P":{"Type":"Pass","ResultPath":"$.a[*]","End":true,"Next":"Start"}
            }}
            """);

        Assert.Contains("/States/Start/Next: state 'Bar' does not exist", problems);
        Assert.Contains("/States/Orphan: state 'Orphan' is not reachable from 'Start'", problems);
        Assert.Contains("/States/T/Resource: Resource is required", problems);
        Assert.Contains("/States/T/Bogus: field 'Bogus' is not supported here", problems);
        Assert.Contains(problems, p => p.StartsWith("/States/W: a Wait state has exactly one", StringComparison.Ordinal));
        Assert.Contains("/States/R/Retry/0/ErrorEquals: States.ALL must appear alone in its ErrorEquals array", problems);
        Assert.Contains("/States/R/Retry/0/ErrorEquals: States.ALL must appear in the last retrier or catcher", problems);
        Assert.Contains(problems, p => p.StartsWith("/States/R/Retry/1/BackoffRate", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("/States/P/ResultPath: '$.a[*]' must be a reference path", StringComparison.Ordinal));
        Assert.Contains("/States/P: Next and End: true cannot both be set", problems);
    }

    [Fact]
    public void Validate_JsonataTopLevel_Accepted()
    {
        var problems = Problems("""{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% $states.input %}","End":true}}}""");

        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_JsonPathFieldsInJsonataState_EachNamed()
    {
        var problems = Problems("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{
              "A":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","InputPath":"$","Parameters":{},"ResultSelector":{},"ResultPath":"$.r","OutputPath":"$","End":true}}}
            """);

        Assert.Equal(
            ["InputPath", "Parameters", "ResultSelector", "ResultPath", "OutputPath"],
            problems.Select(p => p.Split(':')[0].Split('/')[^1]));
    }

    [Fact]
    public void Validate_JsonataFieldsInJsonPathState_Refused()
    {
        var problems = Problems("""{"StartAt":"A","States":{"A":{"Type":"Pass","Output":{},"End":true}}}""");

        Assert.Equal(["/States/A/Output: field 'Output' is not supported here"], problems);
    }

    [Fact]
    public void Validate_JsonPathStateUnderJsonataTopLevel_Refused()
    {
        var problems = Problems("""{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","QueryLanguage":"JSONPath","End":true}}}""");

        Assert.Equal(["/States/A/QueryLanguage: a state cannot use JSONPath when the top-level QueryLanguage is JSONata"], problems);
    }

    [Fact]
    public void Validate_InvalidJsonataExpression_ReportedWithLocation()
    {
        var problems = Problems("""{"StartAt":"A","States":{"A":{"Type":"Pass","QueryLanguage":"JSONata","Output":{"a":["{% 1 + %}"]},"End":true}}}""");

        Assert.Single(problems);
        Assert.StartsWith("/States/A/Output/a/0: invalid JSONata expression", problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ChoiceRules_ChecksOperatorsValuesAndNesting()
    {
        var problems = Problems("""
            {"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[
                {"Variable":"$.a","NumericEquals":"1","Next":"S"},
                {"Variable":"$.a","Next":"S"},
                {"And":[{"Variable":"$.a","IsNull":true,"Next":"S"}],"Next":"S"},
                {"Variable":"$.a","StringMatchesPath":"$.b","Next":"S"},
                {"Variable":"a","StringEquals":"x","Next":"Missing"}],
               "Default":"Nowhere"},
              "S":{"Type":"Succeed"}}}
            """);

        Assert.Contains("/States/C/Choices/0/NumericEquals: NumericEquals needs a numeric value", problems);
        Assert.Contains("/States/C/Choices/1: a choice rule needs And, Or, Not or one comparison operator", problems);
        Assert.Contains("/States/C/Choices/2/And/0/Next: a nested choice rule must not have Next", problems);
        Assert.Contains("/States/C/Choices/3/StringMatchesPath: 'StringMatchesPath' is not a comparison operator", problems);
        Assert.Contains(problems, p => p.StartsWith("/States/C/Choices/4/Variable: invalid JSONPath", StringComparison.Ordinal));
        Assert.Contains("/States/C/Choices/4/Next: state 'Missing' does not exist", problems);
        Assert.Contains("/States/C/Default: state 'Nowhere' does not exist", problems);
    }

    [Fact]
    public void Validate_NestedGraphs_CheckedWithTheirOwnLocations()
    {
        var problems = Problems("""
            {"StartAt":"P","States":{
              "P":{"Type":"Parallel","End":true,"Branches":[{"StartAt":"X","States":{"X":{"Type":"Pass","Next":"Outside"}}}]},
              "M":{"Type":"Map","End":true,"ItemProcessor":{"StartAt":"Y","States":{"Y":{"Type":"Pass","End":true}}},"ItemReader":{}}
            }}
            """);

        Assert.Contains("/States/P/Branches/0/States/X/Next: state 'Outside' does not exist", problems);
        Assert.Contains("/States/M/ItemReader: ItemReader (distributed Map) is not supported by the local engine", problems);
    }

    [Fact]
    public void Validate_ParametersDynamicValues_MustBePathsOrIntrinsics()
    {
        var problems = Problems("""
            {"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"a.$":1,"b.$":"not-a-path","c":{"d.$":"$.ok"}},"Assign":{"1bad":1},"End":true}}}
            """);

        Assert.Contains("/States/A/Parameters/a.$: a field ending in '.$' must have a string value (a path or an intrinsic function)", problems);
        Assert.Contains(problems, p => p.StartsWith("/States/A/Parameters/b.$: invalid JSONPath", StringComparison.Ordinal));
        Assert.Contains("/States/A/Assign/1bad: '1bad' is not a valid variable name", problems);
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void Parse_InvalidJson_OneProblemAtRoot()
    {
        var result = AslParser.Parse("{not json");

        Assert.Null(result.Definition);
        Assert.Equal("/", Assert.Single(result.Problems).Location);
    }

    [Fact]
    public void Validate_MalformedIntrinsic_ReportedAtItsField()
    {
        var problems = Problems("""
            {"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"v.$":"States.Format('{}', "},"End":true}}}
            """);

        Assert.Contains(problems, p => p.StartsWith("/States/A/Parameters/v.$: invalid intrinsic function", StringComparison.Ordinal));
    }
}
