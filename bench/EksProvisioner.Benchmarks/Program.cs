using System.Globalization;
using BenchmarkDotNet.Running;
using EksProvisioner.Benchmarks;

// `ratio` (default): executions per second locally and on moto_server in the same run, and their ratio.
// `bdn`: the BenchmarkDotNet measurement of the local engine.
// `ratio N [nowait] [jsonata]`: with `jsonata`, the JSONata workflow against the same workflow in JSONPath, both
// locally (moto 5.2.1 cannot evaluate JSONata).
if (args.Length > 0 && args[0] == "bdn")
{
    BenchmarkRunner.Run<LocalEngineBenchmarks>(args: args[1..]);
    return 0;
}

if (args.Length > 2 && args[2] == "nowait")
{
    Definitions.WaitSeconds = 0;
}

var localRate = await LocalRate.MeasureAsync(jsonata: false);
if (localRate is null)
{
    return 1;
}

Console.WriteLine(LocalRate.Describe("local", localRate.Value));
if (args.Contains("jsonata"))
{
    var jsonataRate = await LocalRate.MeasureAsync(jsonata: true);
    if (jsonataRate is null)
    {
        return 1;
    }

    Console.WriteLine(LocalRate.Describe("local JSONata", jsonataRate.Value));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio JSONata/JSONPath (local): {jsonataRate / localRate:F2} (moto 5.2.1 cannot run JSONata: no moto ratio)"));
    return 0;
}

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
