using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EksProvisioner.Core.Planning;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Functions.Tests.Stages;
using EksProvisioner.Testing;

namespace EksProvisioner.Functions.Tests.Deployment;

public sealed partial class ServerlessTemplateTests
{
    private static readonly ServerlessTemplate Template = ServerlessTemplate.Load();

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
    public void Functions_EveryStage_IsALineOfTheStageTable()
    {
        var known = StageTable.All.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
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

    [Fact]
    public void Readme_CostNote_QuotesThePriceTable()
    {
        var readme = RepositoryFiles.Read("README.md");
        var cost = readme[readme.IndexOf("## Cost", StringComparison.Ordinal)..];
        string Hourly(decimal price) => "$" + price.ToString("0.00##", CultureInfo.InvariantCulture) + "/h";

        Assert.Contains(Hourly(PriceTable.ControlPlanePerHour), cost, StringComparison.Ordinal);
        Assert.Contains(Hourly(PriceTable.NatGatewayPerHour), cost, StringComparison.Ordinal);
        Assert.Contains(Hourly(PriceTable.PublicIpv4PerHour), cost, StringComparison.Ordinal);
        Assert.Contains(Hourly(PriceTable.InstancePerHour("m5.large")!.Value), cost, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\$\{([A-Za-z]+)\}")]
    private static partial Regex AnyPlaceholder();

    [GeneratedRegex(@"^([A-Za-z]+)FunctionArn$")]
    private static partial Regex FunctionPlaceholder();
}
