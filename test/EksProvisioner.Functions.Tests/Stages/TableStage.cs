using EksProvisioner.Core.Time;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Testing;

namespace EksProvisioner.Functions.Tests.Stages;

/// <summary>A stage's handler made from its line of the table, with clients on the given clock (no AWS call is made by making it).</summary>
internal sealed class TableStage : IDisposable
{
    private readonly StageClients _clients;

    public TableStage(string name, TimeProvider time, HttpMessageHandler? handler = null)
    {
        _clients = new StageClients(TestAws.Options(handler: handler), time, Randomizers.Fixed(0.5));
        Handler = StageTable.All.Single(s => s.Name == name).Create(new StageHost(() => _clients, _ => null, TextWriter.Null));
    }

    public ILambdaHandler Handler { get; }

    public void Dispose() => _clients.Dispose();
}
