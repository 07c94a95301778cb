using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary><c>$name := value</c> in the current scope; its value is the bound value.</summary>
internal sealed record BindNode(string Name, Node Value, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env)
    {
        var value = Value.Evaluate(input, env);
        env.Bind(Name, value);
        return value;
    }
}
