namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary>
/// A JSONata array. The flags are the reference implementation's: a <see cref="IsSequence"/> is a result
/// sequence (collapsed to its single item, or undefined when empty), <see cref="Cons"/> an array built by a
/// constructor (never flattened by a path), <see cref="KeepSingleton"/> asked for with <c>[]</c>.
/// </summary>
internal sealed class JsonataArray : List<object?>
{
    public JsonataArray()
    {
    }

    public JsonataArray(IEnumerable<object?> items)
        : base(items)
    {
    }

    public bool IsSequence { get; set; }

    public bool KeepSingleton { get; set; }

    public bool Cons { get; set; }

    public bool OuterWrapper { get; set; }

    public static JsonataArray Sequence() => new() { IsSequence = true };

    public static JsonataArray Sequence(object? item) => new([item]) { IsSequence = true };
}
