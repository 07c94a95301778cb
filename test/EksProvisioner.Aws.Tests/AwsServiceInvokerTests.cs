using System.Net;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Time;
using Microsoft.Extensions.Time.Testing;

namespace EksProvisioner.Aws.Tests;

/// <summary>The invoker's retry runs on the injected TimeProvider and signs every attempt afresh.</summary>
public sealed class AwsServiceInvokerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InvokeAsync_ServiceUnavailableThenOk_RetriesAfterJitteredDelayOnFakeClock()
    {
        using var handler = new CannedHandler()
            .Respond(HttpStatusCode.ServiceUnavailable, """{"__type":"ServiceUnavailableException","message":"try later"}""")
            .Respond(HttpStatusCode.OK, """{"cluster":{"name":"c1","status":"ACTIVE"}}""");
        var time = new FakeTimeProvider();
        using var factory = new AwsClientFactory(TestFactories.Options(handler: handler), time, Randomizers.Fixed(0.5));
        var started = time.GetUtcNow();

        var call = factory.CreateEks().DescribeClusterAsync(new DescribeClusterRequest { Name = "c1" }, Token);
        for (var step = 0; step < 1000 && !call.IsCompleted; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(1));
            await Task.Yield();
        }

        var response = await call;
        Assert.Equal("ACTIVE", response.Cluster!.Status);
        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.StartsWith("AWS4-HMAC-SHA256 ", r.Header("Authorization"), StringComparison.Ordinal));
        Assert.InRange(time.GetUtcNow() - started, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task InvokeAsync_ConnectionRefused_IsAwsServiceUnavailableWithOperation()
    {
        using var factory = new AwsClientFactory(
            TestFactories.Options(new Uri("http://127.0.0.1:1")) with { Retry = Http.AwsRetryOptions.None },
            TimeProvider.System,
            Randomizers.Fixed(0));

        var error = await Assert.ThrowsAsync<AwsServiceUnavailableException>(
            () => factory.CreateEks().ListClustersAsync(new ListClustersRequest(), Token));

        Assert.Equal("eks", error.Service);
        Assert.Equal("ListClusters", error.Operation);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }
}
