using System.Net;
using Amazon.EC2.Model;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Time;
using Microsoft.Extensions.Time.Testing;

namespace EksProvisioner.Aws.Tests;

public sealed class AwsClientFactoryTests
{
    private const string DescribeVpcsOk = """
        <DescribeVpcsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
          <requestId>rid-ok</requestId>
          <vpcSet><item><vpcId>vpc-1</vpcId><cidrBlock>10.0.0.0/16</cidrBlock><state>available</state></item></vpcSet>
        </DescribeVpcsResponse>
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Ec2Error(string code) =>
        $"<Response><Errors><Error><Code>{code}</Code><Message>{code} happened</Message></Error></Errors><RequestID>rid-{code}</RequestID></Response>";

    [Fact]
    public async Task CreateEc2_UnauthorizedOperation_IsAwsAccessDeniedWithSdkDetails()
    {
        using var handler = new CannedHandler().Respond(HttpStatusCode.Forbidden, Ec2Error("UnauthorizedOperation"), "text/xml");
        using var factory = TestFactories.Canned(handler);
        using var ec2 = factory.CreateEc2();

        var error = await Assert.ThrowsAsync<AwsAccessDeniedException>(() => ec2.DescribeVpcsAsync(new DescribeVpcsRequest(), Token));

        Assert.Equal("UnauthorizedOperation", error.AwsErrorCode);
        Assert.Equal(403, error.HttpStatusCode);
        Assert.Equal("rid-UnauthorizedOperation", error.RequestId);
        Assert.Equal("ec2", error.Service);
        Assert.Equal("DescribeVpcs", error.Operation);
        Assert.IsAssignableFrom<Amazon.Runtime.AmazonServiceException>(error.InnerException);
        Assert.Contains("/us-east-1/ec2/aws4_request", handler.Requests[0].Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateEc2_RequestLimitExceededThenOk_RetriesOnInjectedClockAndResigns()
    {
        using var handler = new CannedHandler()
            .Respond(HttpStatusCode.ServiceUnavailable, Ec2Error("RequestLimitExceeded"), "text/xml")
            .Respond(HttpStatusCode.OK, DescribeVpcsOk, "text/xml");
        var time = new FakeTimeProvider();
        using var factory = new AwsClientFactory(TestFactories.Options(handler: handler), time, Randomizers.Fixed(0.5));
        using var ec2 = factory.CreateEc2();
        var started = time.GetUtcNow();

        var call = ec2.DescribeVpcsAsync(new DescribeVpcsRequest(), Token);
        for (var step = 0; step < 1000 && !call.IsCompleted; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(1));
            await Task.Yield();
        }

        var response = await call;
        Assert.Equal("vpc-1", Assert.Single(response.Vpcs).VpcId);
        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.StartsWith("AWS4-HMAC-SHA256 ", r.Header("Authorization"), StringComparison.Ordinal));
        Assert.True(time.GetUtcNow() - started >= TimeSpan.FromMilliseconds(50), "the retry waited on the injected clock");
    }

    [Fact]
    public async Task CreateStepFunctions_ServiceEnvironmentVariable_RoutesThere()
    {
        using var handler = new CannedHandler().Respond(HttpStatusCode.OK, """{"stateMachines":[]}""");
        var environment = new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL"] = "http://everything.example:4566",
            ["AWS_ENDPOINT_URL_SFN"] = "http://sfn.example:8083",
        };
        using var factory = new AwsClientFactory(
            TestFactories.Options(handler: handler) with { EndpointUrl = null, EnvironmentVariables = name => environment.GetValueOrDefault(name) },
            TimeProvider.System,
            Randomizers.Fixed(0));

        await factory.CreateStepFunctions().ListStateMachinesAsync(new ListStateMachinesRequest(), Token);

        Assert.Equal(new Uri("http://sfn.example:8083/"), handler.Requests[0].Uri);
    }

    [Fact]
    public async Task CreateSsm_ParameterNotFoundAtTheSsmEndpoint_IsAwsResourceNotFound()
    {
        using var handler = new CannedHandler().Respond(
            HttpStatusCode.BadRequest, """{"__type":"ParameterNotFound","message":"Parameter /x not found."}""", "application/x-amz-json-1.1", ("x-amzn-RequestId", "rid-ssm"));
        var environment = new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL"] = "http://everything.example:4566",
            ["AWS_ENDPOINT_URL_SSM"] = "http://ssm.example:9000",
        };
        using var factory = new AwsClientFactory(
            TestFactories.Options(handler: handler) with { EndpointUrl = null, EnvironmentVariables = name => environment.GetValueOrDefault(name) },
            TimeProvider.System,
            Randomizers.Fixed(0));
        using var ssm = factory.CreateSsm();

        var error = await Assert.ThrowsAsync<AwsResourceNotFoundException>(
            () => ssm.GetDecryptedParameterAsync("/x", Token));

        Assert.Equal("ParameterNotFound", error.AwsErrorCode);
        Assert.Equal("ssm", error.Service);
        Assert.Equal("GetParameter", error.Operation);
        Assert.Equal("ssm.example", handler.Requests[0].Uri.Host);
        Assert.Equal(9000, handler.Requests[0].Uri.Port);
        Assert.Contains("/us-east-1/ssm/aws4_request", handler.Requests[0].Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal("AmazonSSM.GetParameter", handler.Requests[0].Header("X-Amz-Target"));
    }

    [Fact]
    public void ResolveEndpoint_ExplicitServiceEndpoint_WinsOverEverything()
    {
        using var factory = new AwsClientFactory(
            TestFactories.Options() with
            {
                ServiceEndpoints = new Dictionary<string, Uri> { ["eks"] = new("http://eks.local:1") },
                EnvironmentVariables = _ => "http://env.example:2",
            },
            TimeProvider.System,
            Randomizers.Fixed(0));

        Assert.Equal(new Uri("http://eks.local:1"), factory.ResolveEndpoint(AwsServiceIds.Eks).Url);
        Assert.Equal(new Uri("http://127.0.0.1:1"), factory.ResolveEndpoint(AwsServiceIds.Iam).Url);
    }
}
