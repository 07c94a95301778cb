using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Functions;

/// <summary><c>$append $reverse $sort $distinct $zip</c>.</summary>
internal static class ArrayFunctions
{
    public static void Register(Frame frame)
    {
        FunctionLibrary.Define(frame, "append", "<xx:a>", 2, c => JsonataValues.Append(c[0], c[1]));
        FunctionLibrary.Define(frame, "reverse", "<a:a>", 1, c => c.Array(0) is { } a ? Reverse(a) : null);
        FunctionLibrary.Define(frame, "sort", "<af?:a>", 2, c => c.Array(0) is { } a ? Sort(a, c.Function(1), c.Env) : null);
        FunctionLibrary.Define(frame, "distinct", "<x:x>", 1, c => Distinct(c[0]));
        FunctionLibrary.Define(frame, "zip", "<a+>", 0, c => Zip(c.Args));
    }

    private static JsonataArray Reverse(JsonataArray array)
    {
        if (array.Count <= 1)
        {
            return array;
        }

        var result = new JsonataArray(array);
        result.Reverse();
        return result;
    }

    private static object? Sort(JsonataArray array, JsonataFunction? comparator, Frame env)
    {
        if (array.Count <= 1)
        {
            return array;
        }

        Func<object?, object?, bool> greater;
        if (comparator is null)
        {
            if (!JsonataValues.IsArrayOfNumbers(array) && !JsonataValues.IsArrayOfStrings(array))
            {
                throw new JsonataException("D3070", 0, null);
            }

            greater = (a, b) => a is double x ? x > (double)b! : string.CompareOrdinal((string)a!, (string)b!) > 0;
        }
        else
        {
            greater = (a, b) => JsTruthy(comparator.Apply([a, b], null, env));
        }

        return new JsonataArray(MergeSort.Sort(array, greater));
    }

    /// <summary>JavaScript truthiness, which the reference applies to a comparator's answer.</summary>
    private static bool JsTruthy(object? value) => value switch
    {
        null or JsonataNull => false,
        bool b => b,
        double d => d != 0 && !double.IsNaN(d),
        string s => s.Length > 0,
        _ => true,
    };

    private static object? Distinct(object? value)
    {
        if (value is not JsonataArray { Count: > 1 } array)
        {
            return value;
        }

        var result = new JsonataArray { IsSequence = array.IsSequence };
        foreach (var item in array)
        {
            if (!result.Any(r => JsonataTruth.DeepEquals(item, r)))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static JsonataArray Zip(IReadOnlyList<object?> args)
    {
        var length = args.Count == 0 ? 0 : args.Min(a => a is JsonataArray array ? array.Count : 0);
        var result = new JsonataArray();
        for (var i = 0; i < length; i++)
        {
            result.Add(new JsonataArray(args.Select(a => ((JsonataArray)a!)[i])));
        }

        return result;
    }
}
