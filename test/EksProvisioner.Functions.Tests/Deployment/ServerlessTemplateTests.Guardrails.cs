using System.Globalization;
using EksProvisioner.Core.Contract;

namespace EksProvisioner.Functions.Tests.Deployment;

public sealed partial class ServerlessTemplateTests
{
    [Fact]
    public void GuardrailParameters_Defaults_EqualCoreGuardrailsDefault()
    {
        var parameters = Template.Root["Parameters"]!;
        string Default(string name) => parameters[name]!["Default"]!.ToString();

        var fromTemplate = new Guardrails(
            int.Parse(Default("MaxNodesPerEnvironment"), CultureInfo.InvariantCulture),
            decimal.Parse(Default("MaxHourlyCostUsd"), CultureInfo.InvariantCulture),
            Guardrails.ParseFamilies(Default("AllowedInstanceFamilies")));

        Assert.Equal(Guardrails.Default.MaxNodes, fromTemplate.MaxNodes);
        Assert.Equal(Guardrails.Default.MaxHourlyCostUsd, fromTemplate.MaxHourlyCostUsd);
        Assert.Equal(Guardrails.Default.AllowedInstanceFamilies, fromTemplate.AllowedInstanceFamilies);
    }
}
