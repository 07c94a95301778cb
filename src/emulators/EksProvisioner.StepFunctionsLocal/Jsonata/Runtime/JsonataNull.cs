namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary>JSON <c>null</c>; a C# null stands for JSONata's <c>undefined</c> (no value).</summary>
internal sealed class JsonataNull
{
    public static readonly JsonataNull Value = new();

    private JsonataNull()
    {
    }

    public override string ToString() => "null";
}
