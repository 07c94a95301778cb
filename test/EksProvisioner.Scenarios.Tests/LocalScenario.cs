using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Faults;
using EksProvisioner.Cli.Local;

namespace EksProvisioner.Scenarios.Tests;

/// <summary>An in-memory local account for one test, with helpers to provision and tear down by name.</summary>
internal sealed class LocalScenario : IAsyncDisposable
{
    private LocalScenario(LocalAccount account) => Account = account;

    public LocalAccount Account { get; }

    public static Task<LocalScenario> StartAsync(FaultRules? faults = null) =>
        StartAsync(new LocalAccountOptions { StateDirectory = null, Faults = faults ?? FaultRules.None });

    public static async Task<LocalScenario> StartAsync(LocalAccountOptions options) =>
        new(await LocalAccount.StartAsync(options, TestContext.Current.CancellationToken));

    public static string Request(string name) => new JsonObject { ["name"] = name }.ToJsonString();

    /// <summary>A request using every feature: node group, Fargate profile, add-on, access entry.</summary>
    public static string FullRequest(string name) => new JsonObject
    {
        ["name"] = name,
        ["fargateProfiles"] = new JsonArray(new JsonObject { ["name"] = "system", ["selectors"] = new JsonArray(new JsonObject { ["namespace"] = "kube-system" }) }),
        ["addons"] = new JsonArray(new JsonObject { ["name"] = "vpc-cni" }),
        ["access"] = new JsonObject { ["adminPrincipalArns"] = new JsonArray("arn:aws:iam::123456789012:role/admin") },
    }.ToJsonString();

    public Task<LocalRun> UpAsync(string name, string? request = null) =>
        LocalRun.ExecuteAsync(Account, Account.ProvisionArn, request ?? Request(name), name + "_up", null, TestContext.Current.CancellationToken);

    public Task<LocalRun> DownAsync(string name) =>
        LocalRun.ExecuteAsync(
            Account,
            Account.TeardownArn,
            new JsonObject { ["environmentName"] = name, ["region"] = "us-east-1" }.ToJsonString(),
            name + "_down",
            null,
            TestContext.Current.CancellationToken);

    public async Task<IReadOnlyList<string>> TaggedAsync(string name) =>
        [.. (await Account.ResourcesAsync(name, TestContext.Current.CancellationToken)).Select(r => $"{r.Service} {r.Type} {r.Id} {r.State}")];

    public ValueTask DisposeAsync() => Account.DisposeAsync();
}
