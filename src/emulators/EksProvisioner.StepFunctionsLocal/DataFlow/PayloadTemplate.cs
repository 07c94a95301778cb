using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>
/// A parsed payload template (Parameters, ResultSelector, ItemSelector, Assign values): literals are kept as they
/// are, every <c>.$</c> field holds its parsed <see cref="DynamicValue"/>.
/// </summary>
internal abstract record PayloadTemplate
{
    /// <summary>A new node built from the template for <paramref name="data"/>.</summary>
    public abstract JsonNode? Evaluate(JsonNode? data, PathContext ctx);
}

/// <summary>A literal part of a template, copied on every evaluation.</summary>
internal sealed record LiteralTemplate(JsonNode? Value) : PayloadTemplate
{
    public override JsonNode? Evaluate(JsonNode? data, PathContext ctx) => Value?.DeepClone();
}

/// <summary>An array whose elements are templates.</summary>
internal sealed record ArrayTemplate(IReadOnlyList<PayloadTemplate> Items) : PayloadTemplate
{
    public override JsonNode? Evaluate(JsonNode? data, PathContext ctx) =>
        new JsonArray(Items.Select(i => i.Evaluate(data, ctx)).ToArray());
}

/// <summary>A <c>"name.$"</c> field's value; <see cref="Field"/> is the key as written, for error messages.</summary>
internal sealed record DynamicTemplate(DynamicValue Value, string Field) : PayloadTemplate
{
    public override JsonNode? Evaluate(JsonNode? data, PathContext ctx) => Value.Evaluate(data, ctx, Field);
}
