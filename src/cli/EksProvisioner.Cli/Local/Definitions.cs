using System.Reflection;
using System.Text.Json.Nodes;

namespace EksProvisioner.Cli.Local;

/// <summary>
/// The state machine definitions and serverless.template, embedded from the repository so the local run
/// uses exactly what is deployed. Placeholders are resolved from the template's DefinitionSubstitutions.
/// </summary>
internal static class Definitions
{
    /// <summary>Named as a deployed stack called eksprov names it, so local and AWS runs look alike.</summary>
    public static readonly string ProvisionMachineName = Backends.MachineNames.Provision(Backends.MachineNames.DefaultStack);

    public static readonly string TeardownMachineName = Backends.MachineNames.Teardown(Backends.MachineNames.DefaultStack);
    private const string TeardownPlaceholder = "TeardownStateMachineArn";
    private const string FunctionSuffix = "FunctionArn";

    public static string Provision => Read("provision-environment.asl.json");

    public static string Teardown => Read("teardown-environment.asl.json");

    /// <summary>The placeholder names of one state machine resource in serverless.template.</summary>
    public static IReadOnlyList<string> Placeholders(string templateResource)
    {
        var template = JsonNode.Parse(Read("serverless.template"))!;
        var substitutions = template["Resources"]?[templateResource]?["Properties"]?["DefinitionSubstitutions"]?.AsObject()
            ?? throw new InvalidOperationException($"serverless.template has no DefinitionSubstitutions for {templateResource}");
        return [.. substitutions.Select(p => p.Key)];
    }

    /// <summary>
    /// Replaces every <c>${X}</c> the template defines: <c>XFunctionArn</c> by the local function's ARN
    /// (stage X), <c>TeardownStateMachineArn</c> by <paramref name="teardownArn"/>.
    /// </summary>
    public static string Resolve(string definition, IReadOnlyList<string> placeholders, Func<string, string> functionArn, string? teardownArn)
    {
        foreach (var placeholder in placeholders)
        {
            var value = placeholder switch
            {
                TeardownPlaceholder => teardownArn ?? throw new InvalidOperationException("the teardown machine ARN is not known yet"),
                _ when placeholder.EndsWith(FunctionSuffix, StringComparison.Ordinal) => functionArn(placeholder[..^FunctionSuffix.Length]),
                _ => throw new InvalidOperationException($"serverless.template placeholder '{placeholder}' has no local value"),
            };
            definition = definition.Replace("${" + placeholder + "}", value, StringComparison.Ordinal);
        }

        var left = definition.IndexOf("${", StringComparison.Ordinal);
        return left < 0
            ? definition
            : throw new InvalidOperationException($"unresolved placeholder near '{definition.Substring(left, Math.Min(40, definition.Length - left))}'");
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("EksProvisioner.Cli.Definitions." + name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
