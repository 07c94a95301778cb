using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary>A predicate <c>[...]</c>: a number literal is an index; otherwise numbers select indexes and anything else filters by truth.</summary>
internal static class Filters
{
    public static JsonataArray Apply(Node predicate, object? input, Frame env)
    {
        var items = input as JsonataArray ?? JsonataArray.Sequence(input);
        var results = JsonataArray.Sequence();
        if (predicate is LiteralNode { Value: double literal })
        {
            var index = (int)Math.Floor(literal);
            index = index < 0 ? items.Count + index : index;
            if (index >= 0 && index < items.Count)
            {
                var item = items[index];
                if (item is JsonataArray array)
                {
                    return array;
                }

                if (item is not null)
                {
                    results.Add(item);
                }
            }

            return results;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var result = predicate.Evaluate(item, env);
            if (JsonataValues.IsNumeric(result))
            {
                result = new JsonataArray([result]);
            }

            if (JsonataValues.IsArrayOfNumbers(result))
            {
                foreach (var wanted in ((JsonataArray)result!).Cast<double>())
                {
                    var at = (int)Math.Floor(wanted);
                    if ((at < 0 ? items.Count + at : at) == i)
                    {
                        results.Add(item);
                    }
                }
            }
            else if (JsonataTruth.IsTrue(result))
            {
                results.Add(item);
            }
        }

        return results;
    }
}
