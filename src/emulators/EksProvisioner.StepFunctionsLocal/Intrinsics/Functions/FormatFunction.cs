using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Syntax;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// States.Format(template, values...): "There must be as many remaining arguments in the intrinsic
/// function invocation as there are occurrences of {}". Checked at parse time for a literal template.
/// </summary>
internal sealed class FormatFunction : IntrinsicFunction
{
    public override string Name => "States.Format";

    public override int MinArguments => 1;

    public override int MaxArguments => int.MaxValue;

    public override void ValidateArguments(IReadOnlyList<IntrinsicArgument> arguments, ICollection<string> problems)
    {
        LiteralChecks.Expect(this, arguments, 0, ArgumentKind.String, problems);
        if (arguments.Count > 0 && arguments[0] is StringLiteralArgument template
            && template.Template.PlaceholderCount != arguments.Count - 1)
        {
            problems.Add(
                $"{Name}: the template at position {template.Position} has {template.Template.PlaceholderCount} '{{}}' placeholder(s) but {arguments.Count - 1} value argument(s) follow it.");
        }
    }

    public override JsonNode? Invoke(IntrinsicInvocation invocation)
    {
        var template = invocation.Arguments[0] is StringLiteralArgument literal
            ? literal.Template
            : FormatTemplate.FromValue(invocation.String(0));
        if (template.PlaceholderCount != invocation.Count - 1)
        {
            throw invocation.Fail(
                $"the template has {template.PlaceholderCount} '{{}}' placeholder(s) but {invocation.Count - 1} value argument(s) were given.");
        }

        var texts = invocation.Values.Skip(1).Select(FormatValue.Render).ToList();
        return JsonValue.Create(template.Fill(texts));
    }
}
