namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary>The validated arguments of a library function call, its context value and its frame.</summary>
internal sealed record NativeCall(IReadOnlyList<object?> Args, object? Input, Frame Env)
{
    public object? this[int index] => index < Args.Count ? Args[index] : null;

    public int Count => Args.Count;

    public string? String(int index) => this[index] as string;

    public double? Number(int index) => this[index] as double?;

    public JsonataArray? Array(int index) => this[index] as JsonataArray;

    public JsonataFunction? Function(int index) => this[index] as JsonataFunction;
}
