using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Faults;
using EksProvisioner.AwsSimulator.Persistence;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.AwsSimulator.Hosting;

/// <summary>
/// The simulated account: its services by signing name, the fault injector and the persisted state.
/// Every call into a service goes through <see cref="RunAsync{T}"/>, one at a time, so services need
/// no locking of their own.
/// </summary>
internal sealed class SimulatorAccount : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, ISimulatedService> _services = new(StringComparer.Ordinal);
    private readonly StateStore? _store;
    private readonly AccountSnapshot? _loaded;
    private long _requests;

    public SimulatorAccount(TimeProvider clock, string accountId, string? stateDirectory)
    {
        Clock = clock;
        AccountId = accountId;
        if (stateDirectory is not null)
        {
            _store = new StateStore(stateDirectory);
            _loaded = _store.Load();
            if (_loaded is not null && clock is VirtualClock virtualClock)
            {
                virtualClock.AdvanceTo(_loaded.Clock);
            }
        }
    }

    public TimeProvider Clock { get; }

    public string AccountId { get; }

    public FaultInjector Faults { get; } = new();

    /// <summary>The EC2 network EKS places its interfaces in, once an EC2 service is registered.</summary>
    public IEc2Network? Network { get; private set; }

    /// <summary>The load balancers Kubernetes Services and Ingresses get, once an ELBv2 service is registered.</summary>
    public IServiceLoadBalancers? LoadBalancers { get; private set; }

    /// <summary>Runs after every call that changed state, outside the gate (the clusters' API servers follow the clusters).</summary>
    public Func<CancellationToken, Task>? AfterChange { get; set; }

    /// <summary>Adds or replaces a service, loading its persisted state when there is one.</summary>
    public void Register(ISimulatedService service)
    {
        _gate.Wait();
        try
        {
            lock (_services)
            {
                _services[service.SigningName] = service;
            }

            if (service is IEc2Network network)
            {
                Network = network;
            }

            if (service is IServiceLoadBalancers loadBalancers)
            {
                LoadBalancers = loadBalancers;
            }

            if (_loaded is not null && _loaded.Services.TryGetValue(service.SigningName, out var state))
            {
                service.LoadState(state);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public ISimulatedService? Find(string signingName)
    {
        lock (_services)
        {
            return _services.GetValueOrDefault(signingName);
        }
    }

    /// <summary>Every registered service (the Tagging API reads the others' resources).</summary>
    public IReadOnlyList<ISimulatedService> Services
    {
        get
        {
            lock (_services)
            {
                return [.. _services.Values];
            }
        }
    }

    public string NextRequestId() => RequestIds.Uuid("request/" + Interlocked.Increment(ref _requests));

    /// <summary>Runs <paramref name="action"/> alone in the account, then saves when it changed state.</summary>
    public async Task<T> RunAsync<T>(Func<T> action, bool mutates, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var service in _services.Values.OfType<IDueTransitions>())
            {
                service.ApplyDue();
            }

            var result = action();
            if (mutates)
            {
                SaveUnlocked();
            }

            return result;
        }
        finally
        {
            _gate.Release();
            if (mutates && AfterChange is { } afterChange)
            {
                await afterChange(cancellationToken);
            }
        }
    }

    /// <summary>Every live resource of every service.</summary>
    public IReadOnlyList<SimulatedResource> ResourcesUnlocked() =>
        _services.Values.OrderBy(s => s.SigningName, StringComparer.Ordinal).SelectMany(s => s.Resources()).ToList();

    public void ResetUnlocked()
    {
        foreach (var service in _services.Values)
        {
            service.Reset();
        }

        Faults.Set(FaultRules.None);
    }

    public void Dispose() => _gate.Dispose();

    private void SaveUnlocked()
    {
        if (_store is null)
        {
            return;
        }

        var states = _services.ToDictionary(p => p.Key, p => p.Value.SaveState(), StringComparer.Ordinal);
        _store.Save(new AccountSnapshot(Clock.GetUtcNow(), states));
    }
}
