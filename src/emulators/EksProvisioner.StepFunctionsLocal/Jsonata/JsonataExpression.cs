using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Jsonata.Ast;
using EksProvisioner.StepFunctionsLocal.Jsonata.Functions;
using EksProvisioner.StepFunctionsLocal.Jsonata.Parsing;
using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata;

/// <summary>
/// A parsed JSONata expression (the language of the reference implementation, npm <c>jsonata</c> 2.x),
/// immutable and reusable: parse once, evaluate against many inputs.
/// </summary>
public sealed class JsonataExpression
{
    private readonly Node root;

    private JsonataExpression(string text, Node root)
    {
        Text = text;
        this.root = root;
    }

    public string Text { get; }

    /// <summary>Parses <paramref name="text"/>; a syntax error throws <see cref="JsonataException"/> with JSONata's code and position.</summary>
    public static JsonataExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new JsonataExpression(text, AstBuilder.Build(JsonataParser.Parse(text)));
    }

    /// <summary>
    /// Evaluates against <paramref name="input"/> (also <c>$$</c>) with extra variables; null when the result is
    /// undefined or JSON null. <c>$now()</c> and <c>$millis()</c> read <paramref name="time"/> once per evaluation.
    /// </summary>
    public JsonNode? Evaluate(JsonNode? input, IReadOnlyDictionary<string, JsonNode?>? bindings = null, TimeProvider? time = null) =>
        EvaluateValue(input, bindings, time).Value;

    /// <summary>Like <see cref="Evaluate"/>, but tells an undefined result (no value) from JSON null.</summary>
    public JsonataResult EvaluateValue(JsonNode? input, IReadOnlyDictionary<string, JsonNode?>? bindings = null, TimeProvider? time = null) =>
        EvaluateIn(FunctionLibrary.Frame, new EvaluationGlobals(time ?? TimeProvider.System), input, bindings);

    /// <summary>Evaluates with <paramref name="library"/> (the standard library plus, say, Step Functions' own functions) outermost.</summary>
    internal JsonataResult EvaluateIn(Frame library, EvaluationGlobals globals, JsonNode? input, IReadOnlyDictionary<string, JsonNode?>? bindings)
    {
        var frame = new Frame(library, globals);
        var value = JsonataValues.FromJson(input);
        frame.Bind("$", value);
        foreach (var (name, bound) in bindings ?? new Dictionary<string, JsonNode?>())
        {
            frame.Bind(name, JsonataValues.FromJson(bound));
        }

        // As the reference does, a top-level array is wrapped whole in a one-item sequence, so that paths map
        // over it while $ still answers the array itself.
        if (value is JsonataArray { IsSequence: false } array)
        {
            value = new JsonataArray([array]) { IsSequence = true, OuterWrapper = true };
        }

        try
        {
            var result = root.Evaluate(value, frame);
            return new JsonataResult(result is not null, JsonataValues.ToJson(result));
        }
        catch (InsufficientExecutionStackException)
        {
            throw new JsonataException("U1001", 0, "Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as tail-recursive.");
        }
    }

    public override string ToString() => Text;
}
