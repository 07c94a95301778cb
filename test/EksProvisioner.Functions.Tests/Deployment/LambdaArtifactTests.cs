using System.Reflection;

namespace EksProvisioner.Functions.Tests.Deployment;

/// <summary>
/// The deployed Lambda artifact is the Functions assembly and what it references: product code only. The local
/// emulators (the Step Functions engine, the simulated account and its virtual clock) must never ship in it.
/// </summary>
public sealed class LambdaArtifactTests
{
    private static readonly string[] EmulatorAssemblies = ["EksProvisioner.StepFunctionsLocal", "EksProvisioner.AwsSimulator", "EksProvisioner.Cli"];

    [Fact]
    public void References_OfTheFunctionsAssembly_IncludeNoEmulator()
    {
        var names = ProductClosure().Select(a => a.GetName().Name).ToList();

        Assert.Contains("EksProvisioner.Core", names);
        Assert.Contains("EksProvisioner.Workflow", names);
        Assert.Contains("EksProvisioner.Triggers", names);
        Assert.Empty(names.Intersect(EmulatorAssemblies, StringComparer.Ordinal));
    }

    [Fact]
    public void Types_OfTheLambdaArtifact_IncludeNoVirtualClock()
    {
        var clocks = ProductClosure()
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Name == "VirtualClock")
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(clocks);
    }

    /// <summary>The Functions assembly and every EksProvisioner assembly it references, transitively.</summary>
    private static List<Assembly> ProductClosure()
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(Functions.Runtime.LambdaRuntime).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            if (!seen.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("EksProvisioner.", StringComparison.Ordinal)))
            {
                pending.Push(Assembly.Load(reference));
            }
        }

        return [.. seen.Values];
    }
}
