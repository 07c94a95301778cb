using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary>Arithmetic, comparison, <c>and</c>/<c>or</c>, <c>&amp;</c>, <c>in</c> and the range <c>..</c>.</summary>
internal sealed record BinaryNode(string Operator, Node Lhs, Node Rhs, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env)
    {
        var lhs = Lhs.Evaluate(input, env);
        try
        {
            if (Operator is "and" or "or")
            {
                var left = JsonataTruth.IsTrue(lhs);
                return Operator == "and"
                    ? left && JsonataTruth.IsTrue(Rhs.Evaluate(input, env))
                    : left || JsonataTruth.IsTrue(Rhs.Evaluate(input, env));
            }

            var rhs = Rhs.Evaluate(input, env);
            return Operator switch
            {
                "+" or "-" or "*" or "/" or "%" => BinaryOperators.Arithmetic(Operator, lhs, rhs),
                "=" => lhs is not null && rhs is not null && JsonataTruth.DeepEquals(lhs, rhs),
                "!=" => lhs is not null && rhs is not null && !JsonataTruth.DeepEquals(lhs, rhs),
                "<" or "<=" or ">" or ">=" => BinaryOperators.Compare(Operator, lhs, rhs),
                "&" => (JsonataText.Of(lhs) ?? string.Empty) + (JsonataText.Of(rhs) ?? string.Empty),
                ".." => BinaryOperators.Range(lhs, rhs),
                "in" => BinaryOperators.Includes(lhs, rhs),
                _ => throw new JsonataException("S0201", Position, $"Syntax error: {Operator}"),
            };
        }
        catch (JsonataException error) when (error.Position == 0)
        {
            error.Position = Position;
            throw;
        }
    }
}
