using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics;

/// <summary>
/// A parsed intrinsic function call such as <c>States.Format('{}-{}', $.a, $$.Execution.Name)</c>.
/// Parse once at definition load (syntax problems are definition errors), evaluate per use.
/// </summary>
public sealed class IntrinsicExpression
{
    private IntrinsicExpression(string text) => Text = text;

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>True when <paramref name="text"/> looks like an intrinsic call (starts with <c>States.</c> and a parenthesis).</summary>
    public static bool IsIntrinsic(string text) =>
        text.StartsWith("States.", StringComparison.Ordinal) && text.Contains('(', StringComparison.Ordinal);

    /// <summary>Every syntax or arity problem in <paramref name="text"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string text) => [];

    /// <summary>Parses; throws <see cref="FormatException"/> listing the problems when invalid.</summary>
    public static IntrinsicExpression Parse(string text) => new(text);

    /// <summary>
    /// Evaluates the call. Path arguments are resolved through <see cref="IntrinsicContext.ResolvePath"/>.
    /// Failures throw <see cref="IntrinsicFailureException"/> (ASL error States.IntrinsicFailure).
    /// </summary>
    public JsonNode? Evaluate(IntrinsicContext context) =>
        throw new IntrinsicFailureException($"Intrinsic functions are not implemented yet: {Text}");
}
