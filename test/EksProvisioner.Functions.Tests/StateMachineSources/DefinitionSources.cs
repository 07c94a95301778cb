using System.Text.Json.Nodes;
using EksProvisioner.Functions.Tests.Deployment;

namespace EksProvisioner.Functions.Tests.StateMachineSources;

/// <summary>
/// The sources of the state machines: statemachine/source/NAME.json generates statemachine/NAME.asl.json,
/// expanding the named policies of statemachine/source/retry-policies.json.
/// </summary>
internal static class DefinitionSources
{
    public const string Folder = "statemachine/source";

    public const string PoliciesFile = "retry-policies.json";

    public const string Regenerate =
        "EKSPROV_UPDATE_GENERATED=1 dotnet test test/EksProvisioner.Functions.Tests --filter FullyQualifiedName~GeneratedDefinitionsTests";

    /// <summary>Source file names (such as provision-environment.json), the policies file excluded.</summary>
    public static IReadOnlyList<string> Names() =>
    [
        .. Directory.GetFiles(RepositoryFiles.PathOf(Folder), "*.json")
            .Select(Path.GetFileName)
            .Where(name => name != PoliciesFile)
            .Order(StringComparer.Ordinal)!,
    ];

    public static string GeneratedPathOf(string source) =>
        RepositoryFiles.PathOf(Path.Combine("statemachine", Path.GetFileNameWithoutExtension(source) + ".asl.json"));

    public static JsonNode Load(string source) => JsonNode.Parse(RepositoryFiles.Read(Path.Combine(Folder, source)))!;

    public static RetryPolicies Policies() => RetryPolicies.Parse(Load(PoliciesFile));

    /// <summary>The text statemachine/NAME.asl.json must have.</summary>
    public static string Generate(string source) =>
        AslJson.Format(new DefinitionExpander(Policies()).Expand(Load(source), Path.Combine(Folder, source)));
}
