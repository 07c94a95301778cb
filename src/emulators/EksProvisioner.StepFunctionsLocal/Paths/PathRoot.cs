namespace EksProvisioner.StepFunctionsLocal.Paths;

/// <summary>What a path starts from: the state's data (<c>$</c>), the context object (<c>$$</c>) or a variable (<c>$name</c>).</summary>
internal enum PathRootKind
{
    Data,
    Context,
    Variable,
}
