using System.Text.Json.Nodes;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Functions.Tests.Deployment;

namespace EksProvisioner.Functions.Tests.NewStage;

/// <summary>
/// A new stage is its class, its table line and its ASL state: from those alone the template gets its
/// function (with the line's IAM statements), the substitution and invoke policy of the machine whose
/// definition names it, and `make build-GreetEnvironmentFunction` works.
/// </summary>
public sealed class NewStageTests
{
    private static readonly Stage Line = Stage.Of<GreetInput, Greeting>(
        "GreetEnvironment", c => new GreetEnvironment(c.TimeProvider).RunAsync, Allow.Eks("eks:DescribeCluster"));

    private static JsonObject Generate()
    {
        string Definition(string uri) => uri == "statemachine/teardown-environment.asl.json"
            ? RepositoryFiles.Read(uri).Replace("\"StartAt\"", "\"Comment\": \"${GreetEnvironmentFunctionArn}\", \"StartAt\"", StringComparison.Ordinal)
            : RepositoryFiles.Read(uri);
        var generated = StageTemplate.Generate(RepositoryFiles.Read("serverless.template"), [.. StageTable.All, Line], Definition);
        return JsonNode.Parse(generated)!.AsObject();
    }

    [Fact]
    public void Generate_TableWithANewStage_AddsItsFunctionWithTheLinesStatements()
    {
        var function = Generate()["Resources"]!["GreetEnvironmentFunction"]!;

        Assert.Equal("GreetEnvironment", function["Properties"]!["Environment"]!["Variables"]!["EKSPROV_STAGE"]!.GetValue<string>());
        Assert.Equal("makefile", function["Metadata"]!["BuildMethod"]!.GetValue<string>());
        var statement = function["Properties"]!["Policies"]![0]!["Statement"]!.AsArray().Single()!;
        Assert.Equal("eks:DescribeCluster", statement["Action"]![0]!.GetValue<string>());
    }

    [Fact]
    public void Generate_DefinitionNamingTheNewStage_GetsItsSubstitutionAndInvokePolicyOnlyThere()
    {
        var resources = Generate()["Resources"]!;
        var teardown = resources["TeardownStateMachine"]!["Properties"]!;
        var provision = resources["ProvisionStateMachine"]!["Properties"]!;

        Assert.Equal("GreetEnvironmentFunction.Alias", teardown["DefinitionSubstitutions"]!["GreetEnvironmentFunctionArn"]!["Ref"]!.GetValue<string>());
        Assert.Contains(teardown["Policies"]!.AsArray(), p => p?["LambdaInvokePolicy"]?["FunctionName"]?["Ref"]?.GetValue<string>() == "GreetEnvironmentFunction");
        Assert.False(provision["DefinitionSubstitutions"]!.AsObject().ContainsKey("GreetEnvironmentFunctionArn"));
    }

    [Fact]
    public void Generate_PlaceholderWithoutATableLine_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StageTemplate.Generate(
            RepositoryFiles.Read("serverless.template"),
            StageTable.All,
            uri => RepositoryFiles.Read(uri) + "${GreetEnvironmentFunctionArn}"));

        Assert.Contains("GreetEnvironment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Make_NewStagesFunction_HasABuildTargetWithoutAMakefileLine()
    {
        var make = Testing.ExternalTools.Require("make");

        var result = await ExternalProcess.RunAsync(
            make, ["-n", "build-GreetEnvironmentFunction", "ARTIFACTS_DIR=/artifacts"], RepositoryFiles.Root, TestContext.Current.CancellationToken);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("/artifacts/", result.Output, StringComparison.Ordinal);
    }
}
