using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.Testing;

namespace EksProvisioner.Benchmarks;

/// <summary>
/// Runs the workflow on moto_server's ASL engine and answers the mean seconds per execution (start to final status),
/// resetting moto between executions because of upstream bug 10077. moto waits in real time.
/// </summary>
internal static class MotoRunner
{
    public static async Task<double?> MeasureAsync(int runs)
    {
        if (ExternalTools.Find("moto_server") is null)
        {
            return null;
        }

        await using var moto = new MotoServer();
        await moto.InitializeAsync();
        using var http = new HttpClient();
        var total = TimeSpan.Zero;
        for (var i = 0; i < runs; i++)
        {
            await moto.ResetAsync();
            using (var config = await http.PostAsync(new Uri(moto.Endpoint, "/moto-api/config"), new StringContent("""{"stepfunctions":{"execute_state_machine":true}}""", Encoding.UTF8, "application/json")))
            {
                config.EnsureSuccessStatusCode();
            }

            var machine = await CallAsync(http, moto.Endpoint, "CreateStateMachine", new JsonObject { ["name"] = "bench", ["definition"] = Definitions.Workflow(tasksAsPass: true), ["roleArn"] = "arn:aws:iam::123456789012:role/r" });
            var watch = Stopwatch.StartNew();
            var execution = await CallAsync(http, moto.Endpoint, "StartExecution", new JsonObject { ["stateMachineArn"] = machine["stateMachineArn"]!.GetValue<string>(), ["input"] = """{"id":"env-1"}""" });
            while (true)
            {
                var described = await CallAsync(http, moto.Endpoint, "DescribeExecution", new JsonObject { ["executionArn"] = execution["executionArn"]!.GetValue<string>() });
                var status = described["status"]!.GetValue<string>();
                if (status != "RUNNING")
                {
                    if (status != "SUCCEEDED")
                    {
                        throw new InvalidOperationException($"moto execution {status}: {described}");
                    }

                    break;
                }

                // moto runs executions on real threads and waits in real time: poll in real time.
                await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
            }

            total += watch.Elapsed;
        }

        return total.TotalSeconds / runs;
    }

    private static async Task<JsonObject> CallAsync(HttpClient http, Uri endpoint, string operation, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/x-amz-json-1.0");
        request.Headers.Add("X-Amz-Target", "AWSStepFunctions." + operation);
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260105/us-east-1/states/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? JsonNode.Parse(text)!.AsObject() : throw new InvalidOperationException($"{operation}: {text}");
    }
}
