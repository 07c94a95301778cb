using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;

/// <summary>A function applied to its arguments; arguments are evaluated left to right, then the function.</summary>
internal sealed record IntrinsicCall(IntrinsicFunction Function, IReadOnlyList<IntrinsicArgument> Arguments, int Position)
{
    /// <summary>This call and every call nested in its arguments.</summary>
    public int CallCount => 1 + Arguments.OfType<CallArgument>().Sum(a => a.Call.CallCount);

    public JsonNode? Evaluate(IntrinsicContext context)
    {
        var values = new JsonNode?[Arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Arguments[i].Evaluate(context);
        }

        return Function.Invoke(new IntrinsicInvocation(Function.Name, Arguments, values, context));
    }
}
