using EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>A function whose arguments each have a declared kind, checked on literals at parse time.</summary>
internal abstract class TypedFunction : IntrinsicFunction
{
    /// <summary>The expected kind of each argument, by position; optional trailing ones included.</summary>
    protected abstract IReadOnlyList<ArgumentKind> Kinds { get; }

    public override int MinArguments => Kinds.Count;

    public override void ValidateArguments(IReadOnlyList<IntrinsicArgument> arguments, ICollection<string> problems)
    {
        for (var i = 0; i < Math.Min(arguments.Count, Kinds.Count); i++)
        {
            LiteralChecks.Expect(this, arguments, i, Kinds[i], problems);
        }
    }
}
