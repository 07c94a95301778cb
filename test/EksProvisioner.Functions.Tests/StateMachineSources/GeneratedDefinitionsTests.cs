using System.Text.Json.Nodes;
using EksProvisioner.Functions.Tests.Deployment;
using EksProvisioner.Testing;

namespace EksProvisioner.Functions.Tests.StateMachineSources;

/// <summary>statemachine/*.asl.json are generated from statemachine/source: the committed files must be current.</summary>
public sealed class GeneratedDefinitionsTests
{
    public static TheoryData<string> Sources() => new(DefinitionSources.Names());

    [Theory]
    [MemberData(nameof(Sources))]
    public void CommittedDefinition_RegeneratedFromItsSource_IsCurrent(string source)
    {
        GeneratedFile.AssertCurrent(
            DefinitionSources.GeneratedPathOf(source), DefinitionSources.Generate(source), DefinitionSources.Regenerate, GeneratedFile.UpdateRequested);
    }

    [Fact]
    public void CommittedDefinitions_EveryOne_HasASource()
    {
        var generated = DefinitionSources.Names().Select(DefinitionSources.GeneratedPathOf).Select(Path.GetFileName);
        var committed = Directory.GetFiles(RepositoryFiles.PathOf("statemachine"), "*.asl.json").Select(Path.GetFileName);

        Assert.Equal(committed.Order(StringComparer.Ordinal), generated.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RetryPolicies_EveryOne_IsUsedByASource()
    {
        var used = DefinitionSources.Names()
            .SelectMany(source => AslStates.Walk(DefinitionSources.Load(source)))
            .SelectMany(s => (s.State["Retry"] as JsonArray)?.Select(n => (n as JsonValue)?.ToString()) ?? [])
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(DefinitionSources.Policies().Names, name => Assert.True(used.Contains(name), $"retry policy '{name}' is used by no state"));
    }
}
