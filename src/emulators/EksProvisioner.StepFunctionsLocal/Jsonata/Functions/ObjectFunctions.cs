using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Functions;

/// <summary><c>$keys $lookup $spread $merge $each $sift $type $error $assert</c>.</summary>
internal static class ObjectFunctions
{
    public static void Register(Frame frame)
    {
        FunctionLibrary.Define(frame, "keys", "<x-:a<s>>", 1, c => Keys(c[0]));
        FunctionLibrary.Define(frame, "lookup", "<x-s:x>", 2, c => JsonataValues.Lookup(c[0], c.String(1)!));
        FunctionLibrary.Define(frame, "spread", "<x-:a<o>>", 1, c => Spread(c[0]));
        FunctionLibrary.Define(frame, "merge", "<a<o>:o>", 1, c => c.Array(0) is { } a ? Merge(a) : null);
        FunctionLibrary.Define(frame, "each", "<o-f:a>", 2, c => Each(c[0], c.Function(1)!, c.Env));
        FunctionLibrary.Define(frame, "sift", "<o-f?:o>", 2, c => Sift(c[0], c.Function(1)!, c.Env));
        FunctionLibrary.Define(frame, "type", "<x:s>", 1, c => Type(c[0]));
        FunctionLibrary.Define(frame, "error", "<s?:x>", 1, c => throw new JsonataException("D3137", 0, c.String(0) ?? "$error() function evaluated"));
        FunctionLibrary.Define(frame, "assert", "<bs?:x>", 2, c => c[0] is true ? null : throw new JsonataException("D3141", 0, c.String(1) ?? "$assert() statement failed"));
    }

    private static JsonataArray Keys(object? value)
    {
        var result = JsonataArray.Sequence();
        if (value is JsonataArray array)
        {
            foreach (var key in array.SelectMany(Keys))
            {
                if (!result.Contains(key))
                {
                    result.Add(key);
                }
            }
        }
        else if (value is OrderedDictionary<string, object?> obj)
        {
            result.AddRange(obj.Keys);
        }

        return result;
    }

    private static object? Spread(object? value)
    {
        if (value is JsonataArray array)
        {
            object? result = JsonataArray.Sequence();
            foreach (var item in array)
            {
                result = JsonataValues.Append(result, Spread(item));
            }

            return result;
        }

        if (value is OrderedDictionary<string, object?> obj)
        {
            var result = JsonataArray.Sequence();
            foreach (var (key, member) in obj)
            {
                result.Add(new OrderedDictionary<string, object?>(StringComparer.Ordinal) { [key] = member });
            }

            return result;
        }

        return value;
    }

    private static OrderedDictionary<string, object?> Merge(JsonataArray objects)
    {
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var obj in objects.OfType<OrderedDictionary<string, object?>>())
        {
            foreach (var (key, value) in obj)
            {
                result[key] = value;
            }
        }

        return result;
    }

    private static JsonataArray Each(object? value, JsonataFunction function, Frame env)
    {
        var result = JsonataArray.Sequence();
        if (value is OrderedDictionary<string, object?> obj)
        {
            foreach (var (key, member) in obj)
            {
                var mapped = function.CallBack(env, member, key, obj);
                if (mapped is not null)
                {
                    result.Add(mapped);
                }
            }
        }

        return result;
    }

    private static OrderedDictionary<string, object?>? Sift(object? value, JsonataFunction function, Frame env)
    {
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        if (value is OrderedDictionary<string, object?> obj)
        {
            foreach (var (key, member) in obj)
            {
                if (JsonataTruth.IsTrue(function.CallBack(env, member, key, obj)))
                {
                    result[key] = member;
                }
            }
        }

        return result.Count == 0 ? null : result;
    }

    private static string? Type(object? value) => value switch
    {
        null => null,
        JsonataNull => "null",
        double => "number",
        string => "string",
        bool => "boolean",
        JsonataArray => "array",
        JsonataFunction => "function",
        _ => "object",
    };
}
