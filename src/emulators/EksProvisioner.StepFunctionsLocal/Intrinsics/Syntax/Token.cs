namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Syntax;

/// <summary>
/// One token. <see cref="Text"/> is the source text, except for strings where it is the unescaped value;
/// <see cref="Template"/> keeps a string literal's <c>{}</c> placeholders apart from escaped braces.
/// </summary>
internal sealed record Token(TokenKind Kind, string Text, int Position, FormatTemplate? Template = null);
