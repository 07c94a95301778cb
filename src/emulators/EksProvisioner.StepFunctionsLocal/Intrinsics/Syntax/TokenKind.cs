namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Syntax;

/// <summary>The lexical categories of the intrinsic-function grammar.</summary>
internal enum TokenKind
{
    /// <summary>A dotted name such as <c>States.Format</c>, or the words true, false and null.</summary>
    Name,
    LeftParenthesis,
    RightParenthesis,
    Comma,
    String,
    Number,
    Path,
    End,
}
