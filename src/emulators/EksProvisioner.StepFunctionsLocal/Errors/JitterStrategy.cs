namespace EksProvisioner.StepFunctionsLocal.Errors;

/// <summary>The JitterStrategy of a retrier.</summary>
internal enum JitterStrategy
{
    None,
    Full,
}
