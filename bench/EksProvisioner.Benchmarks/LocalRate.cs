using System.Diagnostics;
using System.Globalization;
using EksProvisioner.StepFunctionsLocal;

namespace EksProvisioner.Benchmarks;

/// <summary>Executions per second of the benchmark workflow on the local engine, after a warm-up.</summary>
internal static class LocalRate
{
    private const int WarmUpRuns = 50;
    private const int Runs = 500;

    /// <summary>The rate, or null (after saying why on stderr) when an execution does not succeed.</summary>
    public static async Task<double?> MeasureAsync(bool jsonata)
    {
        var local = new LocalEngineBenchmarks { Jsonata = jsonata };
        local.Setup();
        for (var i = 0; i < WarmUpRuns; i++)
        {
            await local.Execution();
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Runs; i++)
        {
            var result = await local.Execution();
            if (result.Status != ExecutionStatus.Succeeded)
            {
                await Console.Error.WriteLineAsync($"local execution failed: {result.Error} {result.Cause}");
                return null;
            }
        }

        return Runs / clock.Elapsed.TotalSeconds;
    }

    public static string Describe(string label, double rate) =>
        string.Create(CultureInfo.InvariantCulture, $"{label}: {rate:F1} executions/s ({1000 / rate:F2} ms each)");
}
