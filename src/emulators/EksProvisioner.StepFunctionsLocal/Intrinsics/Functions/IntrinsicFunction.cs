using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// One States.* function: its arity and literal checks (definition errors, found at parse time) and its
/// evaluation (run-time failures, thrown as <see cref="IntrinsicFailureException"/>).
/// </summary>
internal abstract class IntrinsicFunction
{
    public abstract string Name { get; }

    public abstract int MinArguments { get; }

    public virtual int MaxArguments => MinArguments;

    /// <summary>Checks that can be made on literal arguments before any input exists.</summary>
    public virtual void ValidateArguments(IReadOnlyList<IntrinsicArgument> arguments, ICollection<string> problems)
    {
    }

    public abstract JsonNode? Invoke(IntrinsicInvocation invocation);
}
