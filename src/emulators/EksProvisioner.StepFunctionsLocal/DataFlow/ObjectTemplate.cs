using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>An object template: each entry's name is the output key (without <c>.$</c>), in the order written.</summary>
internal sealed record ObjectTemplate(IReadOnlyList<TemplateEntry> Entries) : PayloadTemplate
{
    public override JsonNode? Evaluate(JsonNode? data, PathContext ctx)
    {
        var result = new JsonObject();
        foreach (var entry in Entries)
        {
            result[entry.Name] = entry.Value.Evaluate(data, ctx);
        }

        return result;
    }
}

/// <summary>One field of an <see cref="ObjectTemplate"/> or an Assign block.</summary>
internal sealed record TemplateEntry(string Name, PayloadTemplate Value);
