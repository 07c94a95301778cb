using System.Collections.Concurrent;

namespace EksProvisioner.StepFunctionsLocal.Lambda;

/// <summary>The default registry: functions registered by name; ARNs and qualifiers resolve to the name.</summary>
public sealed class LambdaFunctionRegistry : ILambdaFunctionRegistry
{
    private readonly ConcurrentDictionary<string, LambdaFunction> _functions = new(StringComparer.Ordinal);

    /// <summary>Registers (or replaces) <paramref name="function"/> under <paramref name="name"/> (a bare function name).</summary>
    public void Register(string name, LambdaFunction function)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(function);
        _functions[FunctionName(name)] = function;
    }

    public bool TryResolve(string nameOrArn, out LambdaFunction function)
    {
        ArgumentNullException.ThrowIfNull(nameOrArn);
        return _functions.TryGetValue(FunctionName(nameOrArn), out function!);
    }

    /// <summary>
    /// The bare name of <c>name</c>, <c>name:qualifier</c>, <c>123456789012:function:name</c> or
    /// <c>arn:aws:lambda:region:account:function:name[:qualifier]</c>.
    /// </summary>
    public static string FunctionName(string nameOrArn)
    {
        ArgumentNullException.ThrowIfNull(nameOrArn);
        var parts = nameOrArn.Split(':');
        var index = Array.IndexOf(parts, "function");
        return index >= 0 && index + 1 < parts.Length ? parts[index + 1] : parts[0];
    }
}
