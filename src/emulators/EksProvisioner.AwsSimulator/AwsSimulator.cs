using System.Net;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Hosting;
using EksProvisioner.Core.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.AwsSimulator;

/// <summary>
/// A simulated AWS account served over HTTP on a loopback port: EC2, IAM, STS, EKS and the Resource
/// Groups Tagging API (GetResources) built in, the
/// Step Functions API registered as a further service (<see cref="RegisterStepFunctions"/>). Point any AWS SDK or the aws CLI at
/// <see cref="Endpoint"/> with dummy credentials. Time is <see cref="Clock"/>, shared with the local
/// Step Functions engine.
/// </summary>
public sealed class AwsSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SimulatorAccount _account;
    private readonly Kubernetes.KubernetesApiHost? _kubernetes;

    private AwsSimulator(WebApplication app, SimulatorAccount account, Uri endpoint, SimulatorServiceContext context, Kubernetes.KubernetesApiHost? kubernetes)
    {
        _app = app;
        _account = account;
        _kubernetes = kubernetes;
        Endpoint = endpoint;
        Context = context;
    }

    /// <summary>The base address, such as http://127.0.0.1:50123.</summary>
    public Uri Endpoint { get; }

    /// <summary>The account's clock (a <see cref="VirtualClock"/> unless another was given).</summary>
    public TimeProvider Clock => _account.Clock;

    /// <summary>The clock, latency model, quotas and account id services are built with.</summary>
    public SimulatorServiceContext Context { get; }

    /// <summary>Starts a simulated account on a loopback port.</summary>
    public static async Task<AwsSimulator> StartAsync(AwsSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AwsSimulatorOptions();
        var clock = options.Clock ?? new VirtualClock(VirtualClock.DefaultStart);
        var account = new SimulatorAccount(clock, options.AccountId, options.StateDirectory);
        var context = new SimulatorServiceContext(clock, options.Latency, options.Quotas, options.AccountId);
        account.Faults.Set(options.Faults);
        foreach (var service in BuiltInServices.Create(context, options.Ec2Quotas, account))
        {
            account.Register(service);
        }

        foreach (var factory in options.Services)
        {
            account.Register(factory(context));
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var router = new RequestRouter(account, new ControlPlane(account));
        app.Run(router.HandleAsync);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Kubernetes.KubernetesApiHost? kubernetes = null;
        if (options.ServeKubernetes)
        {
            kubernetes = new Kubernetes.KubernetesApiHost(account, options.WallClock, null);
            account.AfterChange = kubernetes.SyncAsync;
            await kubernetes.SyncAsync(cancellationToken);
        }

        return new AwsSimulator(app, account, new Uri(address), context, kubernetes);
    }

    /// <summary>
    /// Runs the standalone simulator (<c>eksprov simulator</c>): prints <c>Listening on http://127.0.0.1:N</c>
    /// to <paramref name="output"/> and serves until <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static Task RunAsync(SimulatorHostOptions options, TextWriter output, CancellationToken cancellationToken) =>
        SimulatorHost.RunAsync(options, output, cancellationToken);

    /// <summary>Adds a service, or replaces the one with the same signing name.</summary>
    public void Register(ISimulatedService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        _account.Register(service);
    }

    /// <summary>
    /// Mounts the local Step Functions engine's API under the signing name <c>states</c>. Build the
    /// engine on this account's <see cref="Clock"/> (a <see cref="VirtualClock"/>) so both share time.
    /// </summary>
    public void RegisterStepFunctions(StepFunctionsLocal.Api.StepFunctionsApi api) => Register(States.StepFunctionsService.Create(api));

    /// <summary>Every live resource of every service (what <c>GET /_simulator/resources</c> lists).</summary>
    public Task<IReadOnlyList<SimulatedResource>> ResourcesAsync(CancellationToken cancellationToken = default) =>
        _account.RunAsync(_account.ResourcesUnlocked, mutates: false, cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/> on the account's load balancers, alone in the account, as a cluster's
    /// Kubernetes API does for a LoadBalancer Service or an Ingress (scenarios use it to stand for one).
    /// </summary>
    public Task<T> WithLoadBalancersAsync<T>(Func<IServiceLoadBalancers, T> action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        return _account.RunAsync(
            () => action(_account.LoadBalancers ?? throw new InvalidOperationException("no ELBv2 service is registered")),
            mutates: true,
            cancellationToken);
    }

    /// <summary>Replaces the fault rules (what <c>PUT /_simulator/faults</c> does).</summary>
    /// <summary>How many nodes of a node group run now, as its Auto Scaling group would report.</summary>
    internal Task<int> RunningNodesAsync(string region, string cluster, string nodegroup, CancellationToken cancellationToken = default) =>
        _account.RunAsync(() => ((Eks.EksService)_account.Find("eks")!).RunningNodes(region, cluster, nodegroup), mutates: false, cancellationToken);

    public Task SetFaultsAsync(Faults.FaultRules rules, CancellationToken cancellationToken = default) =>
        _account.RunAsync(() => { _account.Faults.Set(rules); return true; }, mutates: false, cancellationToken);

    /// <summary>Stops serving, persisting the clock as it is now (time may have passed since the last change).</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        _account.AfterChange = null;
        if (_kubernetes is not null)
        {
            await _kubernetes.DisposeAsync();
        }

        await _account.RunAsync(() => true, mutates: true, CancellationToken.None);
        await _app.DisposeAsync();
        _account.Dispose();
    }
}
