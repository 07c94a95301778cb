using EksProvisioner.Functions.Stages;
using EksProvisioner.Testing;

namespace EksProvisioner.Functions.Tests.Deployment;

public sealed partial class ServerlessTemplateTests
{
    private const string UpdateVariable = "EKSPROV_UPDATE_GENERATED";

    [Fact]
    public void Template_StageFunctionsSubstitutionsAndInvokePolicies_AreWhatTheStageTableGenerates()
    {
        var committed = RepositoryFiles.Read("serverless.template").ReplaceLineEndings("\n");
        var generated = StageTemplate.Generate(committed, StageTable.All, RepositoryFiles.Read);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(RepositoryFiles.PathOf("serverless.template"), generated);
            return;
        }

        Assert.True(
            committed == generated,
            $"serverless.template is not what StageTable generates; regenerate it with: {UpdateVariable}=1 dotnet test test/EksProvisioner.Functions.Tests --filter {nameof(Template_StageFunctionsSubstitutionsAndInvokePolicies_AreWhatTheStageTableGenerates)}");
    }

    [Fact]
    public void Makefile_OnePatternRule_BuildsEveryFunctionWithoutAPerStageTarget()
    {
        var makefile = RepositoryFiles.Read("Makefile");

        Assert.Matches(BuildPatternRule(), makefile);
        Assert.DoesNotMatch(AnyNamedBuildTarget(), makefile);
    }

    [Fact]
    public async Task Make_BuildTargetOfEveryFunction_CopiesThePublishedArtifact()
    {
        var make = ExternalTools.Require("make");
        var functions = Template.OfType(ServerlessTemplate.FunctionType).Keys.ToList();

        foreach (var function in functions)
        {
            // -n prints the recipe without running it: what `sam build` would run for this function.
            var result = await ExternalProcess.RunAsync(
                make, ["-n", $"build-{function}", "ARTIFACTS_DIR=/artifacts"], RepositoryFiles.Root, TestContext.Current.CancellationToken);

            Assert.True(result.ExitCode == 0, $"make build-{function}: exit {result.ExitCode}\n{result.Output}");
            Assert.Contains("/artifacts/", result.Output, StringComparison.Ordinal);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^build-%: publish$")]
    private static partial System.Text.RegularExpressions.Regex BuildPatternRule();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^build-[A-Za-z]+:")]
    private static partial System.Text.RegularExpressions.Regex AnyNamedBuildTarget();
}
