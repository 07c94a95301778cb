using System.Text.RegularExpressions;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary>
/// A function signature such as <c>&lt;s-nn?:s&gt;</c>, validated as the reference does: the argument types become a
/// string of type letters matched by a regular expression; <c>-</c> takes the context value for a missing argument,
/// an <c>a</c> parameter wraps a single value in an array.
/// </summary>
internal sealed class Signature
{
    private readonly List<Parameter> parameters;
    private readonly Regex regex;

    private Signature(List<Parameter> parameters)
    {
        this.parameters = parameters;
        regex = new Regex("^" + string.Concat(parameters.Select(p => "(" + p.Pattern + ")")) + "$", RegexOptions.CultureInvariant);
    }

    public static Signature Parse(string text)
    {
        var parameters = new List<Parameter>();
        Parameter? previous = null;
        for (var i = 1; i < text.Length; i++)
        {
            var symbol = text[i];
            if (symbol == ':')
            {
                break;
            }

            switch (symbol)
            {
                case 's' or 'n' or 'b' or 'l' or 'o':
                    previous = Add(parameters, symbol, "[" + symbol + "m]");
                    break;
                case 'a':
                    previous = Add(parameters, symbol, "[asnblfom]");
                    break;
                case 'f':
                    previous = Add(parameters, symbol, "f");
                    break;
                case 'j':
                    previous = Add(parameters, symbol, "[asnblom]");
                    break;
                case 'x':
                    previous = Add(parameters, symbol, "[asnblfom]");
                    break;
                case '-' when previous is not null:
                    previous.ContextPattern = new Regex("^" + previous.Pattern + "$", RegexOptions.CultureInvariant);
                    previous.Pattern += "?";
                    break;
                case '?' or '+' when previous is not null:
                    previous.Pattern += symbol;
                    break;
                case '(':
                    var end = text.IndexOf(')', i);
                    var choice = text[(i + 1)..end];
                    previous = Add(parameters, '(', "[" + choice + "m]");
                    i = end;
                    break;
                case '<' when previous is not null:
                    var close = Closing(text, i);
                    previous.Subtype = text[(i + 1)..close];
                    i = close;
                    break;
            }
        }

        return new Signature(parameters);
    }

    private static Parameter Add(List<Parameter> parameters, char type, string pattern)
    {
        var parameter = new Parameter { Type = type, Pattern = pattern };
        parameters.Add(parameter);
        return parameter;
    }

    private static int Closing(string text, int start)
    {
        var depth = 1;
        var i = start;
        while (i < text.Length - 1 && depth > 0)
        {
            i++;
            depth += text[i] == '<' ? 1 : text[i] == '>' ? -1 : 0;
        }

        return i;
    }

    public static char Symbol(object? value) => value switch
    {
        JsonataFunction => 'f',
        string => 's',
        double => 'n',
        bool => 'b',
        JsonataNull => 'l',
        JsonataArray => 'a',
        OrderedDictionary<string, object?> => 'o',
        _ => 'm',
    };

    public IReadOnlyList<object?> Validate(IReadOnlyList<object?> args, object? context)
    {
        var supplied = string.Concat(args.Select(Symbol));
        var match = regex.Match(supplied);
        if (!match.Success)
        {
            throw Mismatch(args, supplied);
        }

        var validated = new List<object?>();
        var argIndex = 0;
        for (var index = 0; index < parameters.Count; index++)
        {
            var parameter = parameters[index];
            var matched = match.Groups[index + 1].Value;
            if (matched.Length == 0)
            {
                if (parameter.ContextPattern is not null)
                {
                    if (!parameter.ContextPattern.IsMatch(Symbol(context).ToString()))
                    {
                        throw new JsonataException("T0411", 0, $"Context value is not a compatible type with argument {argIndex + 1}");
                    }

                    validated.Add(context);
                }
                else
                {
                    validated.Add(argIndex < args.Count ? args[argIndex] : null);
                    argIndex++;
                }

                continue;
            }

            foreach (var single in matched)
            {
                var arg = argIndex < args.Count ? args[argIndex] : null;
                if (parameter.Type == 'a')
                {
                    arg = single == 'm' ? null : ArrayArgument(parameter, single, matched, arg, argIndex);
                }

                validated.Add(arg);
                argIndex++;
            }
        }

        return validated;
    }

    private static object? ArrayArgument(Parameter parameter, char single, string matched, object? arg, int argIndex)
    {
        var ok = true;
        if (parameter.Subtype is { } subtype)
        {
            if (single != 'a' && matched != subtype)
            {
                ok = false;
            }
            else if (single == 'a' && arg is JsonataArray { Count: > 0 } array)
            {
                var itemType = Symbol(array[0]);
                ok = itemType == subtype[0] && array.All(v => Symbol(v) == itemType);
            }
        }

        if (!ok)
        {
            throw new JsonataException("T0412", 0, $"Argument {argIndex + 1} of function must be an array of {Plural(parameter.Subtype)}");
        }

        return single == 'a' ? arg : new JsonataArray([arg]);

        static string Plural(string? s) => s switch { "n" => "numbers", "s" => "strings", "o" => "objects", "b" => "booleans", "f" => "functions", _ => "arrays" };
    }

    private JsonataException Mismatch(IReadOnlyList<object?> args, string supplied)
    {
        var partial = "^";
        var goodTo = 0;
        foreach (var parameter in parameters)
        {
            partial += parameter.Pattern;
            var match = Regex.Match(supplied, partial, RegexOptions.CultureInvariant);
            if (!match.Success)
            {
                break;
            }

            goodTo = match.Length;
        }

        return new JsonataException("T0410", 0, $"Argument {goodTo + 1} of function does not match function signature");
    }

    private sealed class Parameter
    {
        public char Type { get; init; }

        public required string Pattern { get; set; }

        public Regex? ContextPattern { get; set; }

        public string? Subtype { get; set; }
    }
}
