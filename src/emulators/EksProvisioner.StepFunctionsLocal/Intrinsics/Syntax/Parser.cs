using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Syntax;

/// <summary>
/// Recursive descent over <c>call := Name '(' [arg (',' arg)*] ')'</c>, <c>arg := string | number |
/// true | false | null | path | call</c>. Semantic problems (unknown function, arity, literal types)
/// are all collected; a structural error ends the parse, since what follows it has no reliable meaning.
/// </summary>
internal sealed class Parser
{
    /// <summary>"You can nest up to 10 intrinsic functions within a field" (the guide's example counts every call).</summary>
    public const int MaxCalls = 10;

    private readonly IReadOnlyList<Token> _tokens;
    private readonly ICollection<string> _problems;
    private int _next;

    private Parser(IReadOnlyList<Token> tokens, ICollection<string> problems)
    {
        _tokens = tokens;
        _problems = problems;
    }

    private Token Current => _tokens[_next];

    /// <summary>The parsed call, or null when <paramref name="problems"/> received anything.</summary>
    public static IntrinsicCall? Parse(string text, ICollection<string> problems)
    {
        var found = new List<string>();
        var parser = new Parser(Tokenizer.Tokenize(text, found), found);
        IntrinsicCall? call = null;
        try
        {
            call = parser.ParseCall();
            if (parser.Current.Kind != TokenKind.End)
            {
                found.Add($"Unexpected '{parser.Current.Text}' at position {parser.Current.Position} after the end of the call (unbalanced parentheses?).");
            }

            if (call.CallCount > MaxCalls)
            {
                found.Add($"The expression has {call.CallCount} intrinsic function calls; at most {MaxCalls} may be nested in one field.");
            }
        }
        catch (SyntaxAbortedException)
        {
            // The problem that ended the parse is already in the list.
        }

        foreach (var problem in found)
        {
            problems.Add(problem);
        }

        return found.Count == 0 ? call : null;
    }

    private IntrinsicCall ParseCall()
    {
        var name = Expect(TokenKind.Name, "an intrinsic function name such as States.Format");
        if (!IntrinsicFunctions.TryGet(name.Text, out var function))
        {
            _problems.Add($"Unknown intrinsic function '{name.Text}' at position {name.Position}; expected one of {string.Join(", ", IntrinsicFunctions.Names)}.");
            function = new UnknownFunction(name.Text);
        }

        Expect(TokenKind.LeftParenthesis, "'('");
        var arguments = new List<IntrinsicArgument>();
        if (Current.Kind == TokenKind.RightParenthesis)
        {
            _next++;
        }
        else
        {
            while (true)
            {
                arguments.Add(ParseArgument());
                var separator = Expect(TokenKind.Comma, TokenKind.RightParenthesis, "',' or ')'");
                if (separator.Kind == TokenKind.RightParenthesis)
                {
                    break;
                }
            }
        }

        if (function is not UnknownFunction)
        {
            CheckArity(function, arguments.Count, name.Position);
            function.ValidateArguments(arguments, _problems);
        }

        return new IntrinsicCall(function, arguments, name.Position);
    }

    private IntrinsicArgument ParseArgument()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.String:
                _next++;
                return new StringLiteralArgument(token.Text, token.Template!, token.Position);
            case TokenKind.Number:
                _next++;
                return new LiteralArgument(ParseNumber(token.Text), token.Position);
            case TokenKind.Path:
                _next++;
                return PathArgument.Parse(token.Text, token.Position);
            case TokenKind.Name when token.Text is "true" or "false" or "null":
                _next++;
                return new LiteralArgument(JsonNode.Parse(token.Text), token.Position);
            case TokenKind.Name:
                return new CallArgument(ParseCall(), token.Position);
            default:
                _problems.Add($"Expected an argument at position {token.Position}, found {Describe(token)}.");
                throw new SyntaxAbortedException();
        }
    }

    private void CheckArity(IntrinsicFunction function, int count, int position)
    {
        if (count >= function.MinArguments && count <= function.MaxArguments)
        {
            return;
        }

        var expected = function.MaxArguments == int.MaxValue ? $"at least {function.MinArguments}"
            : function.MinArguments == function.MaxArguments ? $"{function.MinArguments}"
            : $"{function.MinArguments} to {function.MaxArguments}";
        _problems.Add($"{function.Name} at position {position} takes {expected} argument(s), got {count}.");
    }

    private Token Expect(TokenKind kind, string what) => Expect(kind, kind, what);

    private Token Expect(TokenKind kind, TokenKind alternative, string what)
    {
        var token = Current;
        if (token.Kind != kind && token.Kind != alternative)
        {
            _problems.Add($"Expected {what} at position {token.Position}, found {Describe(token)}.");
            throw new SyntaxAbortedException();
        }

        _next++;
        return token;
    }

    private static JsonNode? ParseNumber(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null; // The tokenizer has already reported the malformed number.
        }
    }

    private static string Describe(Token token) =>
        token.Kind == TokenKind.End ? "the end of the text (unbalanced parentheses?)" : $"'{token.Text}'";
}
