using System.Net;
using System.Text;
using System.Web;
using Amazon.EC2;
using Amazon.Runtime;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Ec2;
using EksProvisioner.Core.Time;
using Microsoft.Extensions.Time.Testing;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

/// <summary>
/// Stands for the simulator host in front of <see cref="Ec2Service"/>: the real AWSSDK.EC2 client
/// sends real signed HTTP requests, an in-test handler turns each into a SimulatedRequest (region
/// from the SigV4 credential scope, form decoded from the body, as the host does) and returns the
/// service's answer as the HTTP response. Time is a FakeTimeProvider the test advances.
/// </summary>
internal sealed class Ec2Harness : IDisposable
{
    public const string Account = "123456789012";

    public Ec2Harness(Ec2Quotas? quotas = null, LatencyModel? latency = null, string region = "us-east-1", Randomizer? randomizer = null)
    {
        Clock = new FakeTimeProvider(VirtualClock.DefaultStart);
        Service = new Ec2Service(Clock, latency ?? LatencyModel.Default, quotas ?? Ec2Quotas.Default, randomizer ?? Randomizers.Seeded(42));
        Client = NewClient(Service, region);
    }

    public FakeTimeProvider Clock { get; }

    public Ec2Service Service { get; }

    public AmazonEC2Client Client { get; }

    public static AmazonEC2Client NewClient(ISimulatedService service, string region) => new(
        new BasicAWSCredentials("AKIDTESTING", "secret"),
        new AmazonEC2Config
        {
            ServiceURL = "http://ec2.simulator.local",
            AuthenticationRegion = region,
            MaxErrorRetry = 0,
            HttpClientFactory = new Factory(service),
        });

    public void Dispose() => Client.Dispose();

    private sealed class Factory(ISimulatedService service) : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new Handler(service));
    }

    private sealed class Handler(ISimulatedService service) : HttpMessageHandler
    {
        private int _requests;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
            var parsed = HttpUtility.ParseQueryString(Encoding.UTF8.GetString(body));
            var form = parsed.AllKeys.OfType<string>().ToDictionary(k => k, k => parsed[k] ?? string.Empty, StringComparer.Ordinal);
            var authorization = request.Headers.TryGetValues("Authorization", out var values) ? string.Join(",", values) : string.Empty;
            var scope = authorization.Contains("Credential=", StringComparison.Ordinal)
                ? authorization.Split("Credential=")[1].Split(',')[0].Split('/')
                : throw new InvalidOperationException("unsigned request: " + string.Join("; ", request.Headers.Select(h => h.Key)));
            var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
            var simulated = new SimulatedRequest(
                scope[3], scope[2], Account, request.Method.Method, request.RequestUri!.AbsolutePath,
                new Dictionary<string, string>(), headers, body, form, $"req-{Interlocked.Increment(ref _requests)}");
            var answer = service.Handle(simulated);
            return new HttpResponseMessage((HttpStatusCode)answer.StatusCode)
            {
                Content = new StringContent(answer.Body, Encoding.UTF8, "text/xml"),
                RequestMessage = request,
            };
        }
    }
}
