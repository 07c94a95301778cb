namespace EksProvisioner.StepFunctionsLocal.Jsonata.Parsing;

/// <summary>
/// The Pratt parser's raw, mutable tree (the reference implementation's first pass), which
/// <see cref="AstBuilder"/> turns into the immutable AST: paths, predicates and groups are resolved there.
/// </summary>
internal sealed class Syntax(SyntaxKind kind, string id, object? value, int position)
{
    public SyntaxKind Kind { get; set; } = kind;

    /// <summary>The symbol: operator text, or <c>(name)</c>, <c>(literal)</c>, <c>(regex)</c>, <c>(end)</c>.</summary>
    public string Id { get; } = id;

    public object? Value { get; } = value;

    public int Position { get; } = position;

    public Syntax? Lhs { get; set; }

    public Syntax? Rhs { get; set; }

    public Syntax? Condition { get; set; }

    public Syntax? Then { get; set; }

    public Syntax? Else { get; set; }

    public Syntax? Procedure { get; set; }

    public Syntax? Body { get; set; }

    public List<Syntax> Items { get; } = [];

    public List<(Syntax Key, Syntax Value)> Pairs { get; } = [];

    public List<(bool Descending, Syntax Expression)> Terms { get; } = [];

    public bool KeepArray { get; set; }

    public string? Signature { get; set; }

    public string Text => Value as string ?? string.Empty;
}
