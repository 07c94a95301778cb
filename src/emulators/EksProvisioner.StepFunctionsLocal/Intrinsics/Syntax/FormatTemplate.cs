using System.Text;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Syntax;

/// <summary>
/// A States.Format template: literal text split at each <c>{}</c> placeholder. Built from a string
/// literal, where <c>\{</c> and <c>\}</c> are literal braces, or from a string value resolved at run
/// time, where every <c>{}</c> is a placeholder.
/// </summary>
internal sealed class FormatTemplate
{
    private readonly IReadOnlyList<string> _texts;

    public FormatTemplate(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            throw new ArgumentException("A template has at least one text segment.", nameof(texts));
        }

        _texts = texts;
    }

    /// <summary>How many <c>{}</c> placeholders the template holds.</summary>
    public int PlaceholderCount => _texts.Count - 1;

    public static FormatTemplate FromValue(string value) => new(value.Split("{}"));

    public string Fill(IReadOnlyList<string> values)
    {
        if (values.Count != PlaceholderCount)
        {
            throw new ArgumentException($"Expected {PlaceholderCount} values, got {values.Count}.", nameof(values));
        }

        var builder = new StringBuilder(_texts[0]);
        for (var i = 0; i < values.Count; i++)
        {
            builder.Append(values[i]).Append(_texts[i + 1]);
        }

        return builder.ToString();
    }
}
