namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary>A scope of variable bindings; lookups walk outwards to the function library.</summary>
internal sealed class Frame
{
    private readonly Dictionary<string, object?> bindings = new(StringComparer.Ordinal);
    private readonly Frame? parent;

    public Frame(Frame? parent, EvaluationGlobals globals)
    {
        this.parent = parent;
        Globals = globals;
    }

    public EvaluationGlobals Globals { get; }

    public Frame Child() => new(this, Globals);

    public void Bind(string name, object? value) => bindings[name] = value;

    public object? Lookup(string name)
    {
        for (var frame = this; frame is not null; frame = frame.parent)
        {
            if (frame.bindings.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return null;
    }
}
