namespace EksProvisioner.StepFunctionsLocal.Jsonata.Parsing;

internal enum SyntaxKind
{
    End,
    Name,
    Variable,
    String,
    Number,
    Value,
    Regex,
    Operator,
    Binary,
    Unary,
    Wildcard,
    Descendant,
    Condition,
    Block,
    Function,
    Partial,
    Lambda,
    Bind,
    Sort,
}
