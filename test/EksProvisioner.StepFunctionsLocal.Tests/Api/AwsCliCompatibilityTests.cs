using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Api;
using EksProvisioner.Testing;

namespace EksProvisioner.StepFunctionsLocal.Tests.Api;

/// <summary>
/// The aws CLI (botocore) against <see cref="StepFunctionsApi"/> on a bare HTTP listener: proves that the wire shapes
/// (JSON 1.0, epoch timestamps, history event details) parse in a real AWS client.
/// </summary>
public sealed class AwsCliCompatibilityTests
{
    [Fact]
    public async Task AwsCli_StartExecutionAndHistory_ParsesResponses()
    {
        var aws = ExternalTools.Find("aws");
        if (aws is null)
        {
            ExternalTools.Require("aws");
            Assert.Skip("the aws CLI is not installed");
        }

        var ct = TestContext.Current.CancellationToken;
        var engine = TestEngine.Create();
        var api = new StepFunctionsApi(engine);
        var machine = engine.CreateStateMachine("cli", """{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"Next":"T"},"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Echo","End":true}}}""");
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serving = ServeAsync(listener, api, ct);

        var started = JsonNode.Parse(await RunAwsAsync(aws!, port, ct, "stepfunctions", "start-execution", "--state-machine-arn", machine, "--name", "cli-run", "--input", """{"k":1}"""))!;
        var arn = started["executionArn"]!.GetValue<string>();
        await engine.WaitForExecutionAsync(arn, ct);
        var history = JsonNode.Parse(await RunAwsAsync(aws!, port, ct, "stepfunctions", "get-execution-history", "--execution-arn", arn))!;
        listener.Stop();
        await serving;

        var events = history["events"]!.AsArray();
        Assert.Equal("ExecutionStarted", events[0]!["type"]!.GetValue<string>());
        Assert.Equal("ExecutionSucceeded", events[^1]!["type"]!.GetValue<string>());
        Assert.Equal("""{"k":1}""", events[^1]!["executionSucceededEventDetails"]!["output"]!.GetValue<string>());
    }

    private static async Task ServeAsync(HttpListener listener, StepFunctionsApi api, CancellationToken ct)
    {
        while (listener.IsListening && !ct.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var target = context.Request.Headers["X-Amz-Target"] ?? "";
            var (status, body) = api.Handle(target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..], await reader.ReadToEndAsync(ct));
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/x-amz-json-1.0";
            await context.Response.OutputStream.WriteAsync(bytes, ct);
            context.Response.Close();
        }
    }

    private static async Task<string> RunAwsAsync(string aws, int port, CancellationToken ct, params string[] args)
    {
        var info = new ProcessStartInfo(aws, [.. args, "--endpoint-url", $"http://127.0.0.1:{port}", "--region", "us-east-1", "--output", "json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["AWS_ACCESS_KEY_ID"] = "AKIAIOSFODNN7EXAMPLE";
        info.Environment["AWS_SECRET_ACCESS_KEY"] = "secret";
        info.Environment["AWS_PAGER"] = "";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        Assert.True(process.ExitCode == 0, await stderr);
        return await stdout;
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
