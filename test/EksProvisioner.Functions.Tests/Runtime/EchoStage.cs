using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Tests.Runtime;

/// <summary>Stands for any stage in the runtime tests: a handler that answers a copy of its input.</summary>
internal static class EchoStage
{
    public const string Name = "echo";

    public static DelegateHandler Handler() => new((input, _, _) => Task.FromResult(input?.DeepClone()));
}
