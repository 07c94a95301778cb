namespace EksProvisioner.StepFunctionsLocal.Lambda;

/// <summary>Resolves a function name, partial ARN or full ARN (with or without a qualifier) to an in-process function.</summary>
public interface ILambdaFunctionRegistry
{
    bool TryResolve(string nameOrArn, out LambdaFunction function);
}
