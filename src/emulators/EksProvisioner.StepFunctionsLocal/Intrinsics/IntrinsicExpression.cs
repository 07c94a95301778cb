using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Syntax;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics;

/// <summary>
/// A parsed intrinsic function call such as <c>States.Format('{}-{}', $.a, $$.Execution.Name)</c>.
/// Parsed once with the definition (syntax problems are definition errors, path arguments parsed too), evaluated per use.
/// </summary>
internal sealed class IntrinsicExpression
{
    private readonly IntrinsicCall _call;

    private IntrinsicExpression(string text, IntrinsicCall call)
    {
        Text = text;
        _call = call;
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>The outermost function, for example <c>States.Format</c>.</summary>
    public string FunctionName => _call.Function.Name;

    /// <summary>True when <paramref name="text"/> looks like an intrinsic call (starts with <c>States.</c> and a parenthesis).</summary>
    public static bool IsIntrinsic(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.StartsWith("States.", StringComparison.Ordinal) && text.Contains('(', StringComparison.Ordinal);
    }

    /// <summary>Every syntax or arity problem in <paramref name="text"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string text)
    {
        var problems = new List<string>();
        TryParse(text, problems);
        return problems;
    }

    /// <summary>Parses once, at definition load: the expression, or null with every problem added to <paramref name="problems"/>.</summary>
    public static IntrinsicExpression? TryParse(string text, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parser.Parse(text, problems) is { } call ? new IntrinsicExpression(text, call) : null;
    }

    /// <summary>Parses; throws <see cref="FormatException"/> listing the problems when invalid.</summary>
    public static IntrinsicExpression Parse(string text)
    {
        var problems = new List<string>();
        return TryParse(text, problems)
            ?? throw new FormatException($"Invalid intrinsic function '{text}': {string.Join(" ", problems)}");
    }

    /// <summary>
    /// Evaluates the call. Path arguments are resolved through <see cref="IntrinsicContext.ResolvePath"/>
    /// (its exceptions propagate unchanged). Failures throw <see cref="IntrinsicFailureException"/>
    /// (ASL error States.IntrinsicFailure). The result is a new node, free to attach anywhere.
    /// </summary>
    public JsonNode? Evaluate(IntrinsicContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _call.Evaluate(context);
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
