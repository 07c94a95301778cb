using System.Text.RegularExpressions;
using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary>A <c>/pattern/flags</c> literal; its value is a matcher function the string functions accept.</summary>
internal sealed record RegexNode(Regex Regex, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env) => new RegexMatcher(Regex);
}
