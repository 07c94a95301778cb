using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Faults;
using EksProvisioner.Cli.Backends;
using EksProvisioner.Cli.Local;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Scenarios.Tests;

/// <summary>
/// An in-memory local account for one test, opened as the CLI opens it (<see cref="LocalBackend"/>), with
/// helpers that provision and tear down by name the way <c>eksprov up/down --local</c> do: start through
/// <see cref="EnvironmentExecutions"/>, follow through the Step Functions API.
/// </summary>
internal sealed class LocalScenario : IAsyncDisposable
{
    private readonly LocalBackend _backend;

    private LocalScenario(LocalBackend backend) => _backend = backend;

    public LocalAccount Account => _backend.Account;

    public static Task<LocalScenario> StartAsync(FaultRules? faults = null) =>
        StartAsync(new LocalAccountOptions { StateDirectory = null, Faults = faults ?? FaultRules.None });

    public static async Task<LocalScenario> StartAsync(LocalAccountOptions options) =>
        new(await LocalBackend.StartAsync(options, TimeProvider.System, TestContext.Current.CancellationToken));

    public static string Request(string name) => new JsonObject { ["name"] = name }.ToJsonString();

    /// <summary>A request using every feature: node group, Fargate profile, add-on, access entry.</summary>
    public static string FullRequest(string name) => new JsonObject
    {
        ["name"] = name,
        ["fargateProfiles"] = new JsonArray(new JsonObject { ["name"] = "system", ["selectors"] = new JsonArray(new JsonObject { ["namespace"] = "kube-system" }) }),
        ["addons"] = new JsonArray(new JsonObject { ["name"] = "vpc-cni" }),
        ["access"] = new JsonObject { ["adminPrincipalArns"] = new JsonArray("arn:aws:iam::123456789012:role/admin") },
    }.ToJsonString();

    /// <summary>Provisions <paramref name="name"/>; <paramref name="execution"/> names the execution (default NAME_up), for a second provisioning of one name.</summary>
    public async Task<ScenarioRun> UpAsync(string name, string? request = null, string? execution = null) =>
        await FollowAsync(await _backend.Executions.StartProvisionAsync(request ?? Request(name), execution ?? name + "_up", TestContext.Current.CancellationToken));

    public async Task<ScenarioRun> DownAsync(string name) =>
        await FollowAsync(await _backend.Executions.StartTeardownAsync(name, Account.Options.Region, name + "_down", TestContext.Current.CancellationToken));

    public async Task<IReadOnlyList<string>> TaggedAsync(string name) =>
        [.. (await Account.ResourcesAsync(name, TestContext.Current.CancellationToken)).Select(r => $"{r.Service} {r.Type} {r.Id} {r.State}")];

    public ValueTask DisposeAsync() => _backend.DisposeAsync();

    private async Task<ScenarioRun> FollowAsync(ExecutionStart start)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var followed = await ExecutionFollower.FollowAsync(_backend, start.ExecutionArn, null, TimeProvider.System, cancellationToken);
        return new ScenarioRun(await Account.Engine.WaitForExecutionAsync(start.ExecutionArn, cancellationToken), followed);
    }
}
