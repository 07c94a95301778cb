using EksProvisioner.StepFunctionsLocal.Asl;

namespace EksProvisioner.StepFunctionsLocal.Tests.DataFlow;

public sealed class IntrinsicValueTests
{
    // The intrinsic tokenizer accepts the path's shape; the JSONPath parser refuses it (an empty name). Parsing it
    // with the definition keeps the engine's long-standing answer: the definition loads, the state fails.
    private const string RefusedPathArgument = """
        {"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"v.$":"States.Format('{}', $.a.)"},"End":true}}}
        """;

    [Fact]
    public async Task Evaluate_PathArgumentTheJsonPathParserRefuses_FailsAsIntrinsicFailure()
    {
        Assert.Empty(AslValidator.Validate(RefusedPathArgument));

        var result = await TestEngine.RunAsync(TestEngine.Create(), RefusedPathArgument);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(StatesErrors.IntrinsicFailure, result.Error);
        Assert.Contains("empty name", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_PathArgumentSelectingNothing_FailsAsStatesRuntime()
    {
        var definition = RefusedPathArgument.Replace("$.a.)", "$.a)", StringComparison.Ordinal);

        var result = await TestEngine.RunAsync(TestEngine.Create(), definition);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(StatesErrors.Runtime, result.Error);
    }
}
