namespace EksProvisioner.StepFunctionsLocal.Jsonata.Parsing;

internal enum TokenType
{
    Name,
    Variable,
    Operator,
    String,
    Number,
    Value,
    Regex,
}
