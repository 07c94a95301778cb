using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.States;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>One run of one state: what its execution needs from the interpreter, the flow it runs in, and when it was entered.</summary>
internal sealed class StateRun(Interpreter interpreter, Flow flow, State state, DateTimeOffset entered)
{
    public Interpreter Interpreter { get; } = interpreter;

    public StepFunctionsEngine Engine => Interpreter.Engine;

    public Flow Flow { get; } = flow;

    public State State { get; } = state;

    public DateTimeOffset Entered { get; } = entered;

    /// <summary>What paths read while the state runs (<c>$$</c> with the state's retry count, variables, randomness).</summary>
    public PathContext Context(int retryCount = 0) => Context(Flow, retryCount);

    /// <summary>The same for a child flow, such as a Map iteration (whose <c>$$.Map.Item</c> it adds).</summary>
    public PathContext Context(Flow flow, int retryCount)
    {
        var context = new JsonObject
        {
            ["Execution"] = flow.Execution.ContextExecution().DeepClone(),
            ["State"] = new JsonObject { ["EnteredTime"] = Timestamps.Iso(Entered), ["Name"] = State.Name, ["RetryCount"] = retryCount },
            ["StateMachine"] = new JsonObject { ["Id"] = flow.Execution.Machine.Arn, ["Name"] = flow.Execution.Machine.Name },
        };
        if (flow.MapItem is not null)
        {
            context["Map"] = new JsonObject { ["Item"] = flow.MapItem.DeepClone() };
        }

        return new PathContext(context, flow.Scope, Engine.Randomizer, Engine.Clock);
    }
}
