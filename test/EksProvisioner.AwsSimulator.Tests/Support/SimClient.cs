using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace EksProvisioner.AwsSimulator.Tests.Support;

/// <summary>
/// Stands for an AWS SDK in tests: plain HTTP with a SigV4-shaped Authorization header that carries
/// only the credential scope (the simulator routes on it and checks no signature).
/// </summary>
public sealed class SimClient(Uri endpoint) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = endpoint };

    public Uri Endpoint => endpoint;

    public static string Authorization(string service, string region = "us-east-1") =>
        $"AWS4-HMAC-SHA256 Credential=testing/20260105/{region}/{service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=00";

    /// <summary>A Query-protocol call (IAM, STS, EC2).</summary>
    public async Task<Reply> QueryAsync(string service, string action, params (string Name, string Value)[] parameters)
    {
        var version = service switch { "iam" => "2010-05-08", "sts" => "2011-06-15", _ => "2016-11-15" };
        var form = new List<KeyValuePair<string, string>> { new("Action", action), new("Version", version) };
        form.AddRange(parameters.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new FormUrlEncodedContent(form) };
        request.Headers.TryAddWithoutValidation("Authorization", Authorization(service));
        return await SendAsync(request);
    }

    /// <summary>A REST-JSON call (EKS).</summary>
    public async Task<Reply> RestAsync(HttpMethod method, string path, JsonNode? body = null, string region = "us-east-1")
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        request.Headers.TryAddWithoutValidation("Authorization", Authorization("eks", region));
        return await SendAsync(request);
    }

    public async Task<Reply> ControlAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await SendAsync(request);
    }

    public Task<Reply> AdvanceAsync(double seconds) =>
        ControlAsync(HttpMethod.Post, "/_simulator/clock/advance", "{\"seconds\": " + seconds.ToString(CultureInfo.InvariantCulture) + "}");

    public async Task<JsonArray> ResourcesAsync(string? tag = null)
    {
        var reply = await ControlAsync(HttpMethod.Get, "/_simulator/resources" + (tag is null ? string.Empty : "?tag=" + Uri.EscapeDataString(tag)));
        return reply.Json["resources"]!.AsArray();
    }

    public async Task<Reply> SendAsync(HttpRequestMessage request)
    {
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new Reply(response.StatusCode, body, response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase));
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>An HTTP answer with helpers for the JSON and XML protocols.</summary>
public sealed record Reply(HttpStatusCode Status, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public XElement Xml => XElement.Parse(Body);

    /// <summary>The first element with this local name anywhere in an XML body.</summary>
    public string? XmlValue(string name) => Xml.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    /// <summary>The AWS error code, whichever protocol answered.</summary>
    public string? ErrorCode =>
        Headers.TryGetValue("x-amzn-ErrorType", out var type) ? type
        : Body.TrimStart().StartsWith('<') ? XmlValue("Code")
        : JsonNode.Parse(Body)?["__type"]?.GetValue<string>();

    public override string ToString() => $"{(int)Status} {Body}";
}
