namespace EksProvisioner.StepFunctionsLocal.Jsonata.Parsing;

/// <summary>One lexeme; <see cref="Value"/> is the text, number, boolean, null sentinel or regex source.</summary>
internal sealed record Token(TokenType Type, object? Value, int Position)
{
    public string Text => Value as string ?? string.Empty;
}
