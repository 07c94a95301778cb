using System.Net;
using System.Text;
using EksProvisioner.AwsSimulator.Tests.Support;

namespace EksProvisioner.AwsSimulator.Tests.Hosting;

public sealed class SimulatorHostTests
{
    [Fact]
    public async Task RunAsync_FaultsAndLatencyFiles_PrintsListeningAndServesUntilCancelled()
    {
        var faults = Path.GetTempFileName();
        var latency = Path.GetTempFileName();
        await File.WriteAllTextAsync(faults, """{"rules": [{"service": "iam", "operation": "GetRole", "error": {"code": "ServiceFailure", "status": 500}}]}""", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(latency, """{"iamPropagationSeconds": 0}""", TestContext.Current.CancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var output = new LineWriter();

        var run = AwsSimulator.RunAsync(new SimulatorHostOptions { FaultsFile = faults, LatencyModelFile = latency }, output, stop.Token);
        var line = await output.FirstLine.WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System, TestContext.Current.CancellationToken);
        using var client = new SimClient(new Uri(line["Listening on ".Length..]));
        var reply = await client.QueryAsync("iam", "GetRole", ("RoleName", "x"));
        await stop.CancelAsync();
        await run;

        Assert.Matches("^Listening on http://127\\.0\\.0\\.1:[0-9]+$", line);
        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Equal("ServiceFailure", reply.ErrorCode);
        File.Delete(faults);
        File.Delete(latency);
    }

    /// <summary>Stands for the console: completes when the first line is written.</summary>
    private sealed class LineWriter : StringWriter
    {
        private readonly TaskCompletionSource<string> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> FirstLine => _first.Task;

        public override Encoding Encoding => Encoding.UTF8;

        public override Task WriteLineAsync(string? value)
        {
            _first.TrySetResult(value ?? string.Empty);
            return Task.CompletedTask;
        }
    }
}
