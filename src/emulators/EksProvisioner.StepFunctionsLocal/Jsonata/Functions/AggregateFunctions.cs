using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Functions;

/// <summary><c>$sum $count $max $min $average</c>.</summary>
internal static class AggregateFunctions
{
    public static void Register(Frame frame)
    {
        FunctionLibrary.Define(frame, "sum", "<a<n>:n>", 1, c => c.Array(0) is { } a ? Numbers(a).Sum() : null);
        FunctionLibrary.Define(frame, "count", "<a:n>", 1, c => (double)(c.Array(0)?.Count ?? 0));
        FunctionLibrary.Define(frame, "max", "<a<n>:n>", 1, c => c.Array(0) is { Count: > 0 } a ? Numbers(a).Max() : null);
        FunctionLibrary.Define(frame, "min", "<a<n>:n>", 1, c => c.Array(0) is { Count: > 0 } a ? Numbers(a).Min() : null);
        FunctionLibrary.Define(frame, "average", "<a<n>:n>", 1, c => c.Array(0) is { Count: > 0 } a ? Numbers(a).Sum() / a.Count : null);
    }

    private static IEnumerable<double> Numbers(JsonataArray array) => array.Select(v => (double)v!);
}
