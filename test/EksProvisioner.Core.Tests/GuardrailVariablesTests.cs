using EksProvisioner.Core.Contract;

namespace EksProvisioner.Core.Tests;

public class GuardrailVariablesTests
{
    [Fact]
    public void Read_NothingSet_IsTheDefault()
    {
        var guardrails = GuardrailVariables.Read(_ => null);

        Assert.Equal(Guardrails.Default.MaxNodes, guardrails.MaxNodes);
        Assert.Equal(Guardrails.Default.MaxHourlyCostUsd, guardrails.MaxHourlyCostUsd);
        Assert.Equal(Guardrails.Default.AllowedInstanceFamilies, guardrails.AllowedInstanceFamilies);
    }

    [Fact]
    public void Read_EverySet_TakesEach()
    {
        var variables = new Dictionary<string, string>
        {
            [GuardrailVariables.MaxNodes] = "50",
            [GuardrailVariables.MaxHourlyCostUsd] = "2.5",
            [GuardrailVariables.AllowedInstanceFamilies] = "t3,r5",
        };

        var guardrails = GuardrailVariables.Read(variables.GetValueOrDefault);

        Assert.Equal((50, 2.5m), (guardrails.MaxNodes, guardrails.MaxHourlyCostUsd));
        Assert.Equal(["t3", "r5"], guardrails.AllowedInstanceFamilies);
    }

    [Theory]
    [InlineData(GuardrailVariables.MaxNodes, "0")]
    [InlineData(GuardrailVariables.MaxNodes, "many")]
    [InlineData(GuardrailVariables.MaxHourlyCostUsd, "-1")]
    [InlineData(GuardrailVariables.AllowedInstanceFamilies, " , ")]
    public void Read_Malformed_FailsNamingTheVariable(string variable, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => GuardrailVariables.Read(v => v == variable ? value : null));

        Assert.StartsWith(variable, error.Message, StringComparison.Ordinal);
    }
}
