using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary>
/// <c>a.b.c</c>: each step maps over the previous step's results and flattens arrays into one sequence
/// (the reference's evaluatePath and evaluateStep).
/// </summary>
internal sealed record PathNode(IReadOnlyList<Node> Steps, bool KeepSingletonArray, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env)
    {
        var inputSequence = input is JsonataArray array && Steps[0] is not VariableNode ? array : JsonataArray.Sequence(input);
        JsonataArray? resultSequence = null;
        for (var i = 0; i < Steps.Count; i++)
        {
            var step = Steps[i];
            resultSequence = i == 0 && step.ConsArray
                ? AsArray(step.Evaluate(inputSequence, env))
                : EvaluateStep(step, inputSequence, env, i == Steps.Count - 1);
            if (resultSequence is null || resultSequence.Count == 0)
            {
                break;
            }

            inputSequence = resultSequence;
        }

        if (KeepSingletonArray)
        {
            if (resultSequence is { Cons: true, IsSequence: false })
            {
                resultSequence = new JsonataArray([resultSequence]) { IsSequence = true };
            }

            resultSequence ??= JsonataArray.Sequence();
            resultSequence.KeepSingleton = true;
        }

        return Group is null ? resultSequence : Grouping.Evaluate(Group, resultSequence, env);
    }

    private static JsonataArray? AsArray(object? value) => value switch
    {
        null => null,
        JsonataArray array => array,
        _ => JsonataArray.Sequence(value),
    };

    private static JsonataArray EvaluateStep(Node step, JsonataArray input, Frame env, bool lastStep)
    {
        if (step is SortNode sort)
        {
            var sorted = sort.Sort(input, env);
            if (step.Stages is not null)
            {
                foreach (var stage in step.Stages)
                {
                    sorted = Filters.Apply(stage, sorted, env);
                }
            }

            return sorted;
        }

        var results = new List<object?>();
        foreach (var item in input)
        {
            var result = step.Evaluate(item, env);
            if (step.Stages is not null)
            {
                foreach (var stage in step.Stages)
                {
                    result = Filters.Apply(stage, result, env);
                }
            }

            if (result is not null)
            {
                results.Add(result);
            }
        }

        if (lastStep && results.Count == 1 && results[0] is JsonataArray { IsSequence: false } only)
        {
            return only;
        }

        var sequence = JsonataArray.Sequence();
        foreach (var result in results)
        {
            if (result is JsonataArray { Cons: false } array)
            {
                sequence.AddRange(array);
            }
            else
            {
                sequence.Add(result);
            }
        }

        return sequence;
    }
}
