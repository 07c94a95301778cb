using System.Text.Json.Nodes;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.Tests;

/// <summary>What paths read outside a running state: an empty context object, no variables, a fixed randomizer.</summary>
internal static class TestPathContext
{
    public static PathContext Empty { get; } = new(new JsonObject(), new VariableScope(null), Randomizers.Fixed(0.5));
}
