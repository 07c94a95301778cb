using EksProvisioner.Core.Contract;

namespace EksProvisioner.Core.Tests;

public class GuardrailsTests
{
    private const string ThirtyNodes = """
        {"name": "dev", "nodeGroups": [{"name": "a", "instanceTypes": ["t3.medium"], "maxSize": 15}, {"name": "b", "instanceTypes": ["t3.medium"], "maxSize": 15}]}
        """;

    [Fact]
    public void Validate_RaisedNodeLimit_AcceptsWhatTheDefaultRefuses()
    {
        var raised = Guardrails.Default with { MaxNodes = 30 };

        Assert.False(EnvironmentRequests.Validate(ThirtyNodes).IsValid);
        Assert.True(EnvironmentRequests.Validate(ThirtyNodes, raised).IsValid);
    }

    [Fact]
    public void Validate_LoweredCostLimit_RefusesNamingTheFigureAndTheLimit()
    {
        var result = EnvironmentRequests.Validate("""{"name": "dev"}""", Guardrails.Default with { MaxHourlyCostUsd = 0.25m });

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("$: estimated $0.438 per hour at most", problem, StringComparison.Ordinal);
        Assert.Contains("exceeds the limit of $0.25 (stack parameter MaxHourlyCostUsd / --max-hourly-cost)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FamilyListWithoutTheDefaultType_RefusesTheDefaultNodeGroup()
    {
        var result = EnvironmentRequests.Validate("""{"name": "dev"}""", Guardrails.Default with { AllowedInstanceFamilies = ["t3"] });

        Assert.Equal(
            ["$.nodeGroups[0].instanceTypes[0]: 'm5.large' is of the instance family m5, which is not allowed; allowed families are t3 (stack parameter AllowedInstanceFamilies / --allowed-instance-families)"],
            result.Problems);
    }

    [Fact]
    public void Evaluate_DefaultRequest_IsWithinLimitsWithItsFigures()
    {
        var request = EnvironmentRequests.Parse("""{"name": "dev"}""");

        var verdict = Guardrails.Default.Evaluate(request);

        Assert.True(verdict.WithinLimits);
        Assert.Equal(request.NodeGroups.Sum(g => g.MaxSize), verdict.Nodes);
        Assert.True(verdict.MaxHourlyCostUsd > 0);
    }

    [Fact]
    public void ParseFamilies_SpacesAndEmptyItems_AreIgnored()
    {
        Assert.Equal(["t3", "m5"], Guardrails.ParseFamilies(" t3, ,m5,t3 "));
    }
}
