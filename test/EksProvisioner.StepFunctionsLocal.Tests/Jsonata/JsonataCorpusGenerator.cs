using System.Globalization;

namespace EksProvisioner.StepFunctionsLocal.Tests.Jsonata;

/// <summary>
/// Generates JSONata expressions from a small grammar over the corpus documents' field names, deterministically
/// from a seed, so the differential test also covers combinations no one thought to write by hand.
/// </summary>
internal sealed class JsonataCorpusGenerator(int seed)
{
    private static readonly string[] Paths =
    [
        "Account.Name", "Account.Order.Product.Price", "Account.Order.Product.Quantity", "Account.Order.OrderID",
        "Account.Order.Product.Tags", "nums", "strs", "n", "pi", "neg", "flag", "nothing", "text", "empty", "obj",
        "items.v", "items.k", "items", "a.b.c", "s", "v", "id", "name", "tags", "$", "missing", "$[0]", "rows",
    ];

    private static readonly string[] Numbers = ["0", "1", "2", "-3", "2.5", "10", "0.25", "1e3", "7"];

    private static readonly string[] Strings = ["\"a\"", "\"hello\"", "\"\"", "\"x,y\"", "\"Hat\""];

    private static readonly string[] Unary =
    [
        "$string", "$length", "$uppercase", "$lowercase", "$trim", "$number", "$abs", "$floor", "$ceil", "$round",
        "$sqrt", "$boolean", "$not", "$exists", "$type", "$count", "$sum", "$max", "$min", "$average", "$reverse",
        "$sort", "$distinct", "$keys", "$spread", "$string",
    ];

    private static readonly string[] Binary = ["+", "-", "*", "/", "%", "=", "!=", "<", "<=", ">", ">=", "&", "and", "or", "in"];

    private readonly Random random = new(seed);

    public IReadOnlyList<string> Generate(int count)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        while (result.Count < count)
        {
            result.Add(Expression(3));
        }

        return [.. result];
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private string Atom() => random.Next(4) switch
    {
        0 => Pick(Numbers),
        1 => Pick(Strings),
        2 => Pick(["true", "false", "null"]),
        _ => Pick(Paths),
    };

    private string Expression(int depth)
    {
        if (depth == 0)
        {
            return Atom();
        }

        var d = depth - 1;
        return random.Next(14) switch
        {
            0 or 1 => Atom(),
            2 or 3 => $"({Expression(d)} {Pick(Binary)} {Expression(d)})",
            4 or 5 => $"{Pick(Unary)}({Expression(d)})",
            6 => $"({Expression(d)} ? {Expression(d)} : {Expression(d)})",
            7 => $"[{Expression(d)}, {Expression(d)}]",
            8 => $"{Pick(Paths)}[{Predicate(d)}]",
            9 => $"{{\"k\": {Expression(d)}, \"m\": {Expression(d)}}}",
            10 => $"($v := {Expression(d)}; ($v {Pick(Binary)} {Expression(d)}))",
            11 => $"$map({Pick(Paths)}, function($x){{ $x {Pick(Binary)} {Atom()} }})",
            12 => $"[1..{random.Next(-1, 6).ToString(CultureInfo.InvariantCulture)}]{(random.Next(2) == 0 ? string.Empty : "[" + Predicate(d) + "]")}",
            _ => $"{Pick(Paths)}^({(random.Next(2) == 0 ? "<" : ">")}$)",
        };
    }

    private string Predicate(int depth) => random.Next(3) switch
    {
        0 => random.Next(-2, 4).ToString(CultureInfo.InvariantCulture),
        1 => $"$ {Pick(Binary)} {Atom()}",
        _ => Expression(Math.Max(0, depth - 1)),
    };
}
