using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Intrinsics;

namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>A <c>.$</c> value that is an intrinsic function call; its failures are States.IntrinsicFailure.</summary>
internal sealed record IntrinsicValue(IntrinsicExpression Expression) : DynamicValue(Expression.Text)
{
    public override JsonNode? Evaluate(JsonNode? data, PathContext ctx, string field)
    {
        try
        {
            return Expression.Evaluate(new IntrinsicContext(p => Selection.Select(p, data, ctx, field), ctx.Random));
        }
        catch (IntrinsicFailureException e)
        {
            throw new StatesException(StatesErrors.IntrinsicFailure, e.Message);
        }
        catch (FormatException e)
        {
            throw new StatesException(StatesErrors.IntrinsicFailure, e.Message);
        }
    }
}
