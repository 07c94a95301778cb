using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary>
/// An immutable JSONata expression. The annotations are the reference implementation's: predicates
/// (<c>expr[...]</c> outside a path), stages (predicates of a path step), a group-by (<c>{...}</c> after it),
/// <see cref="KeepArray"/> (<c>[]</c>) and <see cref="ConsArray"/> (an array constructor at a path's end).
/// </summary>
internal abstract record Node(int Position)
{
    public bool KeepArray { get; init; }

    public bool ConsArray { get; init; }

    public IReadOnlyList<Node>? Predicates { get; init; }

    public IReadOnlyList<Node>? Stages { get; init; }

    public GroupSpec? Group { get; init; }

    /// <summary>Evaluates the node itself, before its predicates, group and sequence collapsing.</summary>
    protected internal abstract object? EvaluateCore(object? input, Frame env);

    /// <summary>The reference's <c>evaluate</c>: the node, its predicates and group, then singleton sequences collapsed.</summary>
    public object? Evaluate(object? input, Frame env)
    {
        // Deep recursion (a runaway recursive lambda) must fail as an error, not crash the process.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var result = EvaluateCore(input, env);
        if (Predicates is not null)
        {
            foreach (var predicate in Predicates)
            {
                result = Filters.Apply(predicate, result, env);
            }
        }

        if (this is not PathNode && Group is not null)
        {
            result = Grouping.Evaluate(Group, result, env);
        }

        if (result is JsonataArray { IsSequence: true } sequence)
        {
            if (KeepArray)
            {
                sequence.KeepSingleton = true;
            }

            if (sequence.Count == 0)
            {
                return null;
            }

            if (sequence.Count == 1)
            {
                return sequence.KeepSingleton ? sequence : sequence[0];
            }
        }

        return result;
    }
}
