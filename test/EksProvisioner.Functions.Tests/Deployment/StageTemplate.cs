using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EksProvisioner.Functions.Stages;

namespace EksProvisioner.Functions.Tests.Deployment;

/// <summary>
/// Writes the parts of serverless.template that the <see cref="StageTable"/> decides: one function per
/// workflow stage (its EKSPROV_STAGE and its IAM statements) and, per state machine, the substitutions
/// and invoke policies of the stages its definition names. Everything else in the template is kept as
/// it is. The trigger functions are hand-written (their events and variables are theirs alone).
/// </summary>
internal static partial class StageTemplate
{
    private const string StageDescription = "EksProvisioner stage ";
    private const string FunctionArnSuffix = "FunctionArn";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        NewLine = "\n",

        // The template holds quotes, < and > inside Fn::Sub strings; keep them readable as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="template">The template as committed.</param>
    /// <param name="stages">The table (tests add a stage to it).</param>
    /// <param name="definition">A state machine's definition text by its DefinitionUri.</param>
    public static string Generate(string template, IReadOnlyList<Stage> stages, Func<string, string> definition)
    {
        var root = JsonNode.Parse(template)!.AsObject();
        var workflow = stages.Where(s => !s.IsTrigger).ToList();
        root["Resources"] = WithStageFunctions(root["Resources"]!.AsObject(), workflow);
        foreach (var (_, resource) in root["Resources"]!.AsObject())
        {
            if (resource!["Type"]!.GetValue<string>() == ServerlessTemplate.StateMachineType)
            {
                var properties = resource["Properties"]!.AsObject();
                var used = Used(definition(properties["DefinitionUri"]!.GetValue<string>()), workflow);
                properties["DefinitionSubstitutions"] = Substitutions(properties["DefinitionSubstitutions"]!.AsObject(), used);
                properties["Policies"] = InvokePolicies(properties["Policies"]!.AsArray(), used);
            }
        }

        return root.ToJsonString(Indented) + "\n";
    }

    /// <summary>The stage functions in table order, where the first of them stood; the other resources as they were.</summary>
    private static JsonObject WithStageFunctions(JsonObject resources, List<Stage> stages)
    {
        var result = new List<KeyValuePair<string, JsonNode?>>();
        var generated = stages.Select(s => KeyValuePair.Create(s.FunctionId, (JsonNode?)Function(s))).ToList();
        foreach (var (id, resource) in resources)
        {
            if (!IsStageFunction(resource!))
            {
                result.Add(KeyValuePair.Create(id, (JsonNode?)resource!.DeepClone()));
            }
            else if (generated.Count > 0)
            {
                result.AddRange(generated);
                generated.Clear();
            }
        }

        return new JsonObject([.. generated, .. result]);
    }

    private static bool IsStageFunction(JsonNode resource) =>
        resource["Type"]!.GetValue<string>() == ServerlessTemplate.FunctionType
        && resource["Properties"]?["Description"]?.GetValue<string>().StartsWith(StageDescription, StringComparison.Ordinal) == true;

    private static JsonObject Function(Stage stage)
    {
        var properties = new JsonObject
        {
            ["Description"] = StageDescription + stage.Name,
            ["Environment"] = new JsonObject
            {
                ["Variables"] = new JsonObject
                {
                    ["EKSPROV_STAGE"] = stage.Name,
                    [StageSettings.NamePrefixVariable] = new JsonObject { ["Ref"] = Allow.PrefixParameter },
                    [StageSettings.PermissionsBoundaryVariable] = new JsonObject { ["Ref"] = Allow.BoundaryParameter },
                },
            },
        };
        if (stage.Permissions.Count > 0)
        {
            properties["Policies"] = new JsonArray(new JsonObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JsonArray([.. stage.Permissions.Select(p => (JsonNode)p.ToJson())]),
            });
        }

        return new JsonObject
        {
            ["Type"] = ServerlessTemplate.FunctionType,
            ["Metadata"] = new JsonObject { ["BuildMethod"] = "makefile" },
            ["Properties"] = properties,
        };
    }

    /// <summary>The stages a definition names, in table order; a placeholder without a stage is an error.</summary>
    private static List<Stage> Used(string definition, List<Stage> stages)
    {
        var names = FunctionPlaceholder().Matches(definition).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var unknown = names.Except(stages.Select(s => s.Name), StringComparer.Ordinal).ToList();
        return unknown.Count == 0
            ? [.. stages.Where(s => names.Contains(s.Name))]
            : throw new InvalidOperationException($"${{{unknown[0]}{FunctionArnSuffix}}} names no stage of the table");
    }

    private static JsonObject Substitutions(JsonObject current, List<Stage> used) =>
        new([
            .. used.Select(s => KeyValuePair.Create(s.Placeholder, (JsonNode?)new JsonObject { ["Ref"] = s.FunctionId + ".Alias" })),
            .. current.Where(p => !p.Key.EndsWith(FunctionArnSuffix, StringComparison.Ordinal)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())),
        ]);

    private static JsonArray InvokePolicies(JsonArray current, List<Stage> used) =>
        new([
            .. used.Select(s => (JsonNode?)new JsonObject
            {
                ["LambdaInvokePolicy"] = new JsonObject { ["FunctionName"] = new JsonObject { ["Ref"] = s.FunctionId } },
            }),
            .. current.Where(p => p is JsonObject o && !o.ContainsKey("LambdaInvokePolicy")).Select(p => p!.DeepClone()),
        ]);

    [GeneratedRegex(@"\$\{([A-Za-z0-9]+)FunctionArn\}")]
    private static partial Regex FunctionPlaceholder();
}
