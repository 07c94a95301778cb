using System.Text.RegularExpressions;
using EksProvisioner.StepFunctionsLocal.Jsonata.Ast;
using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Parsing;

/// <summary>
/// The reference's <c>processAST</c>: turns the raw parse into the immutable AST, building paths from <c>.</c>,
/// attaching predicates to path steps as stages, group-by and order-by to their paths.
/// </summary>
internal static class AstBuilder
{
    public static Node Build(Syntax syntax)
    {
        var result = syntax.Kind switch
        {
            SyntaxKind.Binary => Binary(syntax),
            SyntaxKind.Sort => Sort(syntax),
            SyntaxKind.Bind => new BindNode(syntax.Lhs!.Text, Build(syntax.Rhs!), syntax.Position),
            SyntaxKind.Unary => Unary(syntax),
            SyntaxKind.Function => new CallNode(Build(syntax.Procedure!), syntax.Items.Select(Build).ToList(), syntax.Position),
            SyntaxKind.Partial => new PartialNode(
                Build(syntax.Procedure!),
                syntax.Items.Select(a => a.Kind == SyntaxKind.Operator && a.Id == "?" ? null : Build(a)).ToList(),
                syntax.Position),
            SyntaxKind.Lambda => new LambdaNode(
                syntax.Items.Select(p => p.Text).ToList(),
                syntax.Signature is null ? null : Signature.Parse(syntax.Signature),
                Build(syntax.Body!),
                syntax.Position),
            SyntaxKind.Condition => new ConditionNode(Build(syntax.Condition!), Build(syntax.Then!), syntax.Else is null ? null : Build(syntax.Else), syntax.Position),
            SyntaxKind.Block => Block(syntax),
            SyntaxKind.Name => new PathNode([new NameNode(syntax.Text, syntax.Position) { KeepArray = syntax.KeepArray }], syntax.KeepArray, syntax.Position),
            SyntaxKind.Variable => new VariableNode(syntax.Text, syntax.Position),
            SyntaxKind.String or SyntaxKind.Number or SyntaxKind.Value => new LiteralNode(syntax.Value!, syntax.Position),
            SyntaxKind.Regex => Regex(syntax),
            SyntaxKind.Wildcard => new WildcardNode(syntax.Position),
            SyntaxKind.Descendant => new DescendantNode(syntax.Position),
            SyntaxKind.Operator when syntax.Id is "and" or "or" or "in" =>
                new PathNode([new NameNode(syntax.Id, syntax.Position) { KeepArray = syntax.KeepArray }], syntax.KeepArray, syntax.Position),
            SyntaxKind.End => throw new JsonataException("S0207", syntax.Position, "Unexpected end of expression"),
            _ => throw new JsonataException("S0201", syntax.Position, $"Syntax error: {syntax.Value}"),
        };

        return syntax.KeepArray ? result with { KeepArray = true } : result;
    }

    private static Node Binary(Syntax syntax)
    {
        switch (syntax.Id)
        {
            case ".":
                return Path(syntax);
            case "[":
                return Predicate(syntax);
            case "{":
                var target = Build(syntax.Lhs!);
                if (target.Group is not null)
                {
                    throw new JsonataException("S0210", syntax.Position, null);
                }

                return target with { Group = Group(syntax) };
            case "~>":
                var lhs = Build(syntax.Lhs!);
                var rhs = Build(syntax.Rhs!);
                return new ApplyNode(lhs, rhs, syntax.Position) { KeepArray = lhs.KeepArray || rhs.KeepArray };
            default:
                return new BinaryNode(syntax.Id, Build(syntax.Lhs!), Build(syntax.Rhs!), syntax.Position);
        }
    }

    private static PathNode Path(Syntax syntax)
    {
        var first = Build(syntax.Lhs!);
        var steps = first is PathNode path ? [.. path.Steps] : new List<Node> { first };
        var rest = Build(syntax.Rhs!);
        if (rest is PathNode restPath)
        {
            steps.AddRange(restPath.Steps);
        }
        else
        {
            steps.Add(rest.Predicates is null ? rest : rest with { Stages = rest.Predicates, Predicates = null });
        }

        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is LiteralNode literal)
            {
                if (literal.Value is not string name)
                {
                    throw new JsonataException("S0213", literal.Position, $"The literal value {literal.Value} cannot be used as a step within a path expression");
                }

                steps[i] = new NameNode(name, literal.Position) { KeepArray = literal.KeepArray, Stages = literal.Stages, Group = literal.Group };
            }
        }

        if (steps[0] is ArrayConstructorNode)
        {
            steps[0] = steps[0] with { ConsArray = true };
        }

        if (steps[^1] is ArrayConstructorNode)
        {
            steps[^1] = steps[^1] with { ConsArray = true };
        }

        var keepSingleton = (first as PathNode)?.KeepSingletonArray == true || steps.Any(s => s.KeepArray);
        return new PathNode(steps, keepSingleton, first.Position) { Group = (first as PathNode)?.Group, KeepArray = (first as PathNode)?.KeepArray ?? false };
    }

    private static Node Predicate(Syntax syntax)
    {
        var result = Build(syntax.Lhs!);
        var predicate = Build(syntax.Rhs!);
        if (result is PathNode path)
        {
            var last = path.Steps[^1];
            if (last.Group is not null)
            {
                throw new JsonataException("S0209", syntax.Position, null);
            }

            var steps = path.Steps.ToList();
            steps[^1] = last with { Stages = [.. last.Stages ?? [], predicate] };
            return path with { Steps = steps };
        }

        if (result.Group is not null)
        {
            throw new JsonataException("S0209", syntax.Position, null);
        }

        return result with { Predicates = [.. result.Predicates ?? [], predicate] };
    }

    private static GroupSpec Group(Syntax syntax) =>
        new(syntax.Pairs.Select(p => new KeyValuePair<Node, Node>(Build(p.Key), Build(p.Value))).ToList(), syntax.Position);

    private static PathNode Sort(Syntax syntax)
    {
        var target = Build(syntax.Lhs!);
        var path = target as PathNode ?? new PathNode([target], false, target.Position);
        var sort = new SortNode(syntax.Terms.Select(t => new SortTerm(Build(t.Expression), t.Descending)).ToList(), syntax.Position);
        return path with { Steps = [.. path.Steps, sort] };
    }

    private static Node Unary(Syntax syntax)
    {
        switch (syntax.Id)
        {
            case "[":
                return new ArrayConstructorNode(syntax.Items.Select(Build).ToList(), syntax.Position);
            case "{":
                return new ObjectConstructorNode(Group(syntax), syntax.Position);
            default:
                var operand = Build(syntax.Lhs!);
                return operand is LiteralNode { Value: double number } literal
                    ? literal with { Value = -number }
                    : new NegateNode(operand, syntax.Position);
        }
    }

    private static BlockNode Block(Syntax syntax)
    {
        var expressions = syntax.Items.Select(Build).ToList();
        var consArray = expressions.Any(e => e.ConsArray || (e is PathNode p && p.Steps[0].ConsArray));
        return new BlockNode(expressions, syntax.Position) { ConsArray = consArray };
    }

    private static RegexNode Regex(Syntax syntax)
    {
        var literal = (RegexLiteral)syntax.Value!;
        var options = RegexOptions.CultureInvariant;
        if (literal.Flags.Contains('i', StringComparison.Ordinal))
        {
            options |= RegexOptions.IgnoreCase;
        }

        if (literal.Flags.Contains('m', StringComparison.Ordinal))
        {
            options |= RegexOptions.Multiline;
        }

        return new RegexNode(new Regex(literal.Pattern, options, TimeSpan.FromSeconds(1)), syntax.Position);
    }
}
