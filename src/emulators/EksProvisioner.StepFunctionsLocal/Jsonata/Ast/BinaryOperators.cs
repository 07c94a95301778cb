using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary>The binary operators' value rules and error codes, as in the reference's evaluateBinary.</summary>
internal static class BinaryOperators
{
    public static object? Arithmetic(string op, object? lhs, object? rhs)
    {
        if (lhs is not null && !JsonataValues.IsNumeric(lhs))
        {
            throw new JsonataException("T2001", 0, $"The left side of the {op} operator must evaluate to a number");
        }

        if (rhs is not null && !JsonataValues.IsNumeric(rhs))
        {
            throw new JsonataException("T2002", 0, $"The right side of the {op} operator must evaluate to a number");
        }

        if (lhs is not double l || rhs is not double r)
        {
            return null;
        }

        return op switch
        {
            "+" => l + r,
            "-" => l - r,
            "*" => l * r,
            "/" => l / r,
            _ => l % r,
        };
    }

    public static object? Compare(string op, object? lhs, object? rhs)
    {
        var leftComparable = lhs is null or string or double;
        var rightComparable = rhs is null or string or double;
        if (!leftComparable || !rightComparable)
        {
            throw new JsonataException("T2010", 0, $"The expressions either side of operator {op} must evaluate to numeric or string values");
        }

        if (lhs is null || rhs is null)
        {
            return null;
        }

        if (lhs.GetType() != rhs.GetType())
        {
            throw new JsonataException("T2009", 0, $"The values either side of operator {op} must be of the same data type");
        }

        var order = lhs is double l ? l.CompareTo((double)rhs) : string.CompareOrdinal((string)lhs, (string)rhs);
        if (lhs is double a && (double.IsNaN(a) || double.IsNaN((double)rhs)))
        {
            return false;
        }

        return op switch
        {
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            _ => order >= 0,
        };
    }

    public static object? Range(object? lhs, object? rhs)
    {
        if (lhs is not null && !JsonataValues.IsInteger(lhs))
        {
            throw new JsonataException("T2003", 0, "The left side of the range operator (..) must evaluate to an integer");
        }

        if (rhs is not null && !JsonataValues.IsInteger(rhs))
        {
            throw new JsonataException("T2004", 0, "The right side of the range operator (..) must evaluate to an integer");
        }

        if (lhs is not double from || rhs is not double to || from > to)
        {
            return null;
        }

        var size = to - from + 1;
        if (size > 1e7)
        {
            throw new JsonataException("D2014", 0, null);
        }

        var result = new JsonataArray { IsSequence = true };
        for (var item = from; item <= to; item++)
        {
            result.Add(item);
        }

        return result;
    }

    public static bool Includes(object? lhs, object? rhs)
    {
        if (lhs is null || rhs is null)
        {
            return false;
        }

        var candidates = rhs as JsonataArray ?? [rhs];
        return candidates.Any(c => StrictEquals(c, lhs));
    }

    /// <summary>JavaScript's <c>===</c>: values for primitives, identity for arrays and objects.</summary>
    private static bool StrictEquals(object? a, object? b) => a switch
    {
        double x => b is double y && x == y,
        string x => b is string y && string.Equals(x, y, StringComparison.Ordinal),
        bool x => b is bool y && x == y,
        _ => ReferenceEquals(a, b),
    };
}
