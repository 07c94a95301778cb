namespace EksProvisioner.Functions.Stages;

/// <summary>
/// What a stage's factory may use: the clients (built on first use, once per host, so a function only
/// builds what its one stage needs), the function's environment variables and its log.
/// </summary>
public sealed class StageHost
{
    private readonly Lazy<StageClients> _clients;

    public StageHost(Func<StageClients> clients, Func<string, string?> environment, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(log);
        _clients = new Lazy<StageClients>(clients);
        Environment = environment;
        Log = log;
    }

    public StageClients Clients => _clients.Value;

    public Func<string, string?> Environment { get; }

    public TextWriter Log { get; }
}
