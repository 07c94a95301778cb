using EksProvisioner.Cli.Local;

namespace EksProvisioner.Cli.Tests;

/// <summary>
/// Stands for a deployed stack in AWS: an in-memory local account (whose machines are named like a stack
/// called eksprov) reached only through AWS_ENDPOINT_URL, dummy keys and AWS_REGION, given to the CLI
/// through its environment accessor. Commands run without --local, exactly as against AWS.
/// </summary>
internal sealed class AwsAccount : IAsyncDisposable
{
    private AwsAccount(LocalAccount account, StateDir files)
    {
        Account = account;
        Files = files;
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AWS_ENDPOINT_URL"] = account.Endpoint.ToString(),
            ["AWS_ACCESS_KEY_ID"] = "testing",
            ["AWS_SECRET_ACCESS_KEY"] = "testing",
            ["AWS_REGION"] = "us-east-1",
        };
    }

    public LocalAccount Account { get; }

    /// <summary>The CLI's --state-dir (where the kubeconfig goes).</summary>
    public StateDir Files { get; }

    public Dictionary<string, string> Environment { get; }

    public static async Task<AwsAccount> StartAsync() =>
        new(await LocalAccount.StartAsync(new LocalAccountOptions { StateDirectory = null }, TestContext.Current.CancellationToken), new StateDir());

    /// <summary>Runs eksprov without --local against this account (adds --state-dir).</summary>
    public Task<CliRun> RunAsync(params string[] args) =>
        CliRun.RunAsync([.. args, "--state-dir", Files.Path], Environment);

    public async ValueTask DisposeAsync()
    {
        await Account.DisposeAsync();
        Files.Dispose();
    }
}
