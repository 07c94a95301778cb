using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using EksProvisioner.Benchmarks;

// `ratio` (default): executions per second locally and on moto_server in the same run, and their ratio.
// `bdn`: the BenchmarkDotNet measurement of the local engine.
if (args.Length > 0 && args[0] == "bdn")
{
    BenchmarkRunner.Run<LocalEngineBenchmarks>(args: args[1..]);
    return 0;
}

if (args.Length > 2 && args[2] == "nowait")
{
    Definitions.WaitSeconds = 0;
}

var local = new LocalEngineBenchmarks();
local.Setup();
for (var i = 0; i < 50; i++)
{
    await local.Execution();
}

const int localRuns = 500;
var clock = Stopwatch.StartNew();
for (var i = 0; i < localRuns; i++)
{
    var result = await local.Execution();
    if (result.Status != EksProvisioner.StepFunctionsLocal.ExecutionStatus.Succeeded)
    {
        Console.Error.WriteLine($"local execution failed: {result.Error} {result.Cause}");
        return 1;
    }
}

var localRate = localRuns / clock.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"local: {localRate:F1} executions/s ({clock.Elapsed.TotalMilliseconds / localRuns:F2} ms each)"));

var motoRuns = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
var motoSeconds = await MotoRunner.MeasureAsync(motoRuns);
if (motoSeconds is null)
{
    Console.WriteLine("moto_server not installed: ratio not measured");
    return 0;
}

var motoRate = 1 / motoSeconds.Value;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"moto: {motoRate:F3} executions/s ({motoSeconds * 1000:F0} ms each, execution only, reset excluded)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio local/moto: {localRate / motoRate:F0}x"));
return 0;
