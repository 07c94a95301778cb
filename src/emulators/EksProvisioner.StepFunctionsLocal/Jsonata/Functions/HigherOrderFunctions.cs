using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Functions;

/// <summary><c>$map $filter $single $reduce</c>.</summary>
internal static class HigherOrderFunctions
{
    public static void Register(Frame frame)
    {
        FunctionLibrary.Define(frame, "map", "<af>", 2, c => c.Array(0) is { } a ? Map(a, c.Function(1)!, c.Env) : null);
        FunctionLibrary.Define(frame, "filter", "<af>", 2, c => c.Array(0) is { } a ? Filter(a, c.Function(1)!, c.Env) : null);
        FunctionLibrary.Define(frame, "single", "<af?>", 2, c => c.Array(0) is { } a ? Single(a, c.Function(1), c.Env) : null);
        FunctionLibrary.Define(frame, "reduce", "<afj?:j>", 3, c => c.Array(0) is { } a ? Reduce(a, c.Function(1)!, c[2], c.Env) : null);
    }

    private static JsonataArray Map(JsonataArray array, JsonataFunction function, Frame env)
    {
        var result = JsonataArray.Sequence();
        for (var i = 0; i < array.Count; i++)
        {
            var value = function.CallBack(env, array[i], (double)i, array);
            if (value is not null)
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static JsonataArray Filter(JsonataArray array, JsonataFunction function, Frame env)
    {
        var result = JsonataArray.Sequence();
        for (var i = 0; i < array.Count; i++)
        {
            if (JsonataTruth.IsTrue(function.CallBack(env, array[i], (double)i, array)))
            {
                result.Add(array[i]);
            }
        }

        return result;
    }

    private static object? Single(JsonataArray array, JsonataFunction? function, Frame env)
    {
        object? result = null;
        var found = false;
        for (var i = 0; i < array.Count; i++)
        {
            if (function is null || JsonataTruth.IsTrue(function.CallBack(env, array[i], (double)i, array)))
            {
                if (found)
                {
                    throw new JsonataException("D3138", 0, null);
                }

                result = array[i];
                found = true;
            }
        }

        return found ? result : throw new JsonataException("D3139", 0, null);
    }

    private static object? Reduce(JsonataArray array, JsonataFunction function, object? init, Frame env)
    {
        if (function.Arity < 2)
        {
            throw new JsonataException("D3050", 0, null);
        }

        var index = 0;
        var result = init;
        if (init is null && array.Count > 0)
        {
            result = array[0];
            index = 1;
        }

        for (; index < array.Count; index++)
        {
            List<object?> args = [result, array[index]];
            if (function.Arity >= 3)
            {
                args.Add((double)index);
            }

            if (function.Arity >= 4)
            {
                args.Add(array);
            }

            result = function.Apply(args, null, env);
        }

        return result;
    }
}
