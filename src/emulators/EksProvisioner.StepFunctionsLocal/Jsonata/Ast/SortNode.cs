using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary><c>^(&lt;a, &gt;b)</c> as a path step: a stable merge sort on the terms (undefined last).</summary>
internal sealed record SortNode(IReadOnlyList<SortTerm> Terms, int Position) : Node(Position)
{
    protected internal override object? EvaluateCore(object? input, Frame env) => Sort(input as JsonataArray ?? JsonataArray.Sequence(input), env);

    public JsonataArray Sort(JsonataArray input, Frame env)
    {
        var sorted = MergeSort.Sort(input, (a, b) => Greater(a, b, env));
        return new JsonataArray(sorted) { IsSequence = true };
    }

    private bool Greater(object? a, object? b, Frame env)
    {
        var comparison = 0;
        for (var i = 0; comparison == 0 && i < Terms.Count; i++)
        {
            var term = Terms[i];
            var aa = term.Expression.Evaluate(a, env);
            var bb = term.Expression.Evaluate(b, env);
            if (aa is null)
            {
                comparison = bb is null ? 0 : 1;
                continue;
            }

            if (bb is null)
            {
                comparison = -1;
                continue;
            }

            if (aa is not (string or double) || bb is not (string or double))
            {
                throw new JsonataException("T2008", Position, null);
            }

            if (aa.GetType() != bb.GetType())
            {
                throw new JsonataException("T2007", Position, null);
            }

            var order = aa is double x ? x.CompareTo((double)bb) : string.CompareOrdinal((string)aa, (string)bb);
            if (order == 0)
            {
                continue;
            }

            comparison = order < 0 ? -1 : 1;
            if (term.Descending)
            {
                comparison = -comparison;
            }
        }

        return comparison == 1;
    }
}
