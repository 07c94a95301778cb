namespace EksProvisioner.StepFunctionsLocal.Jsonata.Parsing;

/// <summary>
/// JSONata's top-down operator-precedence parser (the reference implementation's <c>parser.js</c> first pass):
/// tokens to a raw <see cref="Syntax"/> tree with the same binding powers and the same error codes.
/// </summary>
internal sealed class JsonataParser
{
    private static readonly HashSet<string> Symbols =
    [
        ":", ";", ",", ")", "]", "}", "..", ".", "+", "-", "*", "/", "%", "=", "<", ">", "!=", "<=", ">=", "&",
        "and", "or", "in", "~>", "??", "?:", "?", "**", "(", "[", "^", "{", ":=", "@", "#", "|",
    ];

    private static readonly HashSet<string> PlainInfix =
        [".", "+", "-", "*", "/", "%", "=", "<", ">", "!=", "<=", ">=", "&", "and", "or", "in", "~>"];

    private readonly string source;
    private readonly JsonataLexer lexer;
    private Syntax node = new(SyntaxKind.End, "(end)", null, 0);

    private JsonataParser(string source)
    {
        this.source = source;
        lexer = new JsonataLexer(source);
    }

    public static Syntax Parse(string source)
    {
        var parser = new JsonataParser(source);
        parser.Advance(null, false);
        var expression = parser.Expression(0);
        if (parser.node.Id != "(end)")
        {
            throw new JsonataException("S0201", parser.node.Position, $"Syntax error: {parser.node.Value}");
        }

        return expression;
    }

    private static int LeftBindingPower(Syntax token) =>
        token.Kind == SyntaxKind.Operator && token.Id is not ("**" or "|" or ".." or ":" or ";" or "," or ")" or "]" or "}")
            ? Operators.BindingPower[token.Id]
            : 0;

    private void Advance(string? id, bool infix)
    {
        if (id is not null && node.Id != id)
        {
            throw node.Id == "(end)"
                ? new JsonataException("S0203", node.Position, $"Expected {id} before end of expression")
                : new JsonataException("S0202", node.Position, $"Expected {id}, got {node.Value}");
        }

        var token = lexer.Next(infix);
        node = token switch
        {
            null => new Syntax(SyntaxKind.End, "(end)", null, source.Length),
            { Type: TokenType.Name } => new Syntax(SyntaxKind.Name, "(name)", token.Value, token.Position),
            { Type: TokenType.Variable } => new Syntax(SyntaxKind.Variable, "(name)", token.Value, token.Position),
            { Type: TokenType.String } => new Syntax(SyntaxKind.String, "(literal)", token.Value, token.Position),
            { Type: TokenType.Number } => new Syntax(SyntaxKind.Number, "(literal)", token.Value, token.Position),
            { Type: TokenType.Value } => new Syntax(SyntaxKind.Value, "(literal)", token.Value, token.Position),
            { Type: TokenType.Regex } => new Syntax(SyntaxKind.Regex, "(regex)", token.Value, token.Position),
            _ when Symbols.Contains(token.Text) => new Syntax(SyntaxKind.Operator, token.Text, token.Text, token.Position),
            _ => throw new JsonataException("S0204", token.Position, $"Unknown operator: {token.Value}"),
        };
    }

    private Syntax Expression(int rbp)
    {
        var t = node;
        Advance(null, true);
        var left = Nud(t);
        while (rbp < LeftBindingPower(node))
        {
            t = node;
            Advance(null, false);
            left = Led(t, left);
        }

        return left;
    }

    private Syntax Nud(Syntax t)
    {
        if (t.Kind != SyntaxKind.Operator)
        {
            return t;
        }

        switch (t.Id)
        {
            case "and" or "or" or "in":
                return t;
            case "-":
                t.Kind = SyntaxKind.Unary;
                t.Lhs = Expression(70);
                return t;
            case "*":
                t.Kind = SyntaxKind.Wildcard;
                return t;
            case "**":
                t.Kind = SyntaxKind.Descendant;
                return t;
            case "(":
                while (node.Id != ")")
                {
                    t.Items.Add(Expression(0));
                    if (node.Id != ";")
                    {
                        break;
                    }

                    Advance(";", false);
                }

                Advance(")", true);
                t.Kind = SyntaxKind.Block;
                return t;
            case "[":
                return ArrayConstructor(t);
            case "{":
                t.Kind = SyntaxKind.Unary;
                ObjectPairs(t);
                return t;
            default:
                throw new JsonataException("S0211", t.Position, $"The symbol {t.Id} cannot be used as a unary operator");
        }
    }

    private Syntax ArrayConstructor(Syntax t)
    {
        CommaSeparated("]", () =>
        {
            var item = Expression(0);
            if (node.Id == "..")
            {
                var range = new Syntax(SyntaxKind.Binary, "..", "..", node.Position) { Lhs = item };
                Advance("..", false);
                range.Rhs = Expression(0);
                item = range;
            }

            t.Items.Add(item);
        });

        Advance("]", true);
        t.Kind = SyntaxKind.Unary;
        return t;
    }

    private void ObjectPairs(Syntax t)
    {
        CommaSeparated("}", () =>
        {
            var key = Expression(0);
            Advance(":", false);
            t.Pairs.Add((key, Expression(0)));
        });

        Advance("}", true);
    }

    /// <summary>Items separated by commas up to (not including) <paramref name="close"/>; none when it comes first.</summary>
    private void CommaSeparated(string close, Action item)
    {
        if (node.Id == close)
        {
            return;
        }

        while (true)
        {
            item();
            if (node.Id != ",")
            {
                return;
            }

            Advance(",", false);
        }
    }

    private Syntax Led(Syntax t, Syntax left)
    {
        if (PlainInfix.Contains(t.Id))
        {
            t.Kind = SyntaxKind.Binary;
            t.Lhs = left;
            t.Rhs = Expression(Operators.BindingPower[t.Id]);
            return t;
        }

        switch (t.Id)
        {
            case "??":
                t.Kind = SyntaxKind.Condition;
                var exists = new Syntax(SyntaxKind.Function, "(", "(", t.Position) { Procedure = new Syntax(SyntaxKind.Variable, "(name)", "exists", t.Position) };
                exists.Items.Add(left);
                t.Condition = exists;
                t.Then = left;
                t.Else = Expression(0);
                return t;
            case "?:":
                t.Kind = SyntaxKind.Condition;
                t.Condition = left;
                t.Then = left;
                t.Else = Expression(0);
                return t;
            case "?":
                t.Kind = SyntaxKind.Condition;
                t.Condition = left;
                t.Then = Expression(0);
                if (node.Id == ":")
                {
                    Advance(":", false);
                    t.Else = Expression(0);
                }

                return t;
            case "(":
                return Call(t, left);
            case "[":
                if (node.Id == "]")
                {
                    var step = left;
                    while (step.Kind == SyntaxKind.Binary && step.Id == "[")
                    {
                        step = step.Lhs!;
                    }

                    step.KeepArray = true;
                    Advance("]", false);
                    return left;
                }

                t.Kind = SyntaxKind.Binary;
                t.Lhs = left;
                t.Rhs = Expression(0);
                Advance("]", true);
                return t;
            case "^":
                return Sort(t, left);
            case "{":
                t.Kind = SyntaxKind.Binary;
                t.Lhs = left;
                ObjectPairs(t);
                return t;
            case ":=":
                if (left.Kind != SyntaxKind.Variable)
                {
                    throw new JsonataException("S0212", left.Position, null);
                }

                t.Kind = SyntaxKind.Bind;
                t.Lhs = left;
                t.Rhs = Expression(Operators.BindingPower[":="] - 1);
                return t;
            default:
                throw new JsonataException("S0201", t.Position, $"Syntax error: {t.Id}");
        }
    }

    private Syntax Sort(Syntax t, Syntax left)
    {
        Advance("(", false);
        while (true)
        {
            var descending = false;
            if (node.Id == "<")
            {
                Advance("<", false);
            }
            else if (node.Id == ">")
            {
                descending = true;
                Advance(">", false);
            }

            t.Terms.Add((descending, Expression(0)));
            if (node.Id != ",")
            {
                break;
            }

            Advance(",", false);
        }

        Advance(")", false);
        t.Kind = SyntaxKind.Sort;
        t.Lhs = left;
        return t;
    }

    private Syntax Call(Syntax t, Syntax left)
    {
        t.Procedure = left;
        t.Kind = SyntaxKind.Function;
        CommaSeparated(")", () =>
        {
            if (node.Kind == SyntaxKind.Operator && node.Id == "?")
            {
                t.Kind = SyntaxKind.Partial;
                t.Items.Add(node);
                Advance("?", false);
            }
            else
            {
                t.Items.Add(Expression(0));
            }
        });

        Advance(")", true);
        if (left.Kind == SyntaxKind.Name && left.Text is "function" or "\u03BB")
        {
            Lambda(t);
        }

        return t;
    }

    private void Lambda(Syntax t)
    {
        for (var i = 0; i < t.Items.Count; i++)
        {
            if (t.Items[i].Kind != SyntaxKind.Variable)
            {
                throw new JsonataException("S0208", t.Items[i].Position, $"Parameter {i + 1} of function definition must be a variable name (start with $)");
            }
        }

        t.Kind = SyntaxKind.Lambda;
        if (node.Id == "<")
        {
            var depth = 1;
            var signature = "<";
            while (depth > 0 && node.Id != "{" && node.Id != "(end)")
            {
                Advance(null, false);
                if (node.Id == ">")
                {
                    depth--;
                }
                else if (node.Id == "<")
                {
                    depth++;
                }

                signature += node.Value is string s ? s : Convert.ToString(node.Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            Advance(">", false);
            t.Signature = signature;
        }

        Advance("{", false);
        t.Body = Expression(0);
        Advance("}", false);
    }
}
