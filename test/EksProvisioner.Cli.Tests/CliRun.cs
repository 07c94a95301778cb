namespace EksProvisioner.Cli.Tests;

/// <summary>Runs eksprov in-process with captured output, a fixed clock and an environment of its own (empty by default).</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static readonly DateTimeOffset Now = new(2026, 2, 3, 4, 5, 6, TimeSpan.Zero);

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, new FixedNowTimeProvider(Now), _ => null, TestContext.Current.CancellationToken);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>With <paramref name="environment"/> as the environment variables and timers that fire at once (AWS polling).</summary>
    public static async Task<CliRun> RunAsync(string[] args, IReadOnlyDictionary<string, string> environment)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(
            args, stdout, stderr, new ImmediateTimeProvider(Now), name => environment.GetValueOrDefault(name), TestContext.Current.CancellationToken);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public IReadOnlyList<string> StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
}
