using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Contracts;

namespace EksProvisioner.AwsSimulator.Tagging;

/// <summary>
/// Simulated Resource Groups Tagging API (JSON 1.1, <c>X-Amz-Target: ResourceGroupsTaggingAPI_20170126.*</c>,
/// signing name <c>tagging</c>): GetResources over the EC2 and EKS resources of the request's region.
/// Routing and wire shapes here (PascalCase members, as the model names them), rules in
/// <see cref="TaggingRules"/>, errors in <see cref="TaggingErrors"/>. It owns no state.
/// </summary>
internal sealed class TaggingService(TaggingRules rules) : ISimulatedService
{
    public const string TargetPrefix = "ResourceGroupsTaggingAPI_20170126";
    private const string ContentType = "application/x-amz-json-1.1";

    public string SigningName => "tagging";

    public SimulatedResponse Handle(SimulatedRequest request)
    {
        var target = request.Headers.GetValueOrDefault("X-Amz-Target") ?? string.Empty;
        if (target != TargetPrefix + ".GetResources")
        {
            throw TaggingErrors.UnknownOperation(target);
        }

        var page = rules.GetResources(request.Region, ReadQuery(Body(request.Body)));
        var list = new JsonArray();
        foreach (var resource in page.Resources)
        {
            var tags = new JsonArray();
            foreach (var (key, value) in resource.Tags.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                tags.Add(new JsonObject { ["Key"] = key, ["Value"] = value });
            }

            var mapping = new JsonObject { ["ResourceARN"] = resource.Arn, ["Tags"] = tags };
            if (page.IncludeComplianceDetails)
            {
                mapping["ComplianceDetails"] = new JsonObject { ["NoncompliantKeys"] = new JsonArray(), ["KeysWithNoncompliantValues"] = new JsonArray(), ["ComplianceStatus"] = true };
            }

            list.Add(mapping);
        }

        var body = new JsonObject { ["PaginationToken"] = page.PaginationToken, ["ResourceTagMappingList"] = list };
        return new SimulatedResponse(200, ContentType, body.ToJsonString(), new Dictionary<string, string> { ["x-amzn-RequestId"] = request.RequestId });
    }

    public IEnumerable<SimulatedResource> Resources() => [];

    public JsonNode SaveState() => new JsonObject();

    public void LoadState(JsonNode state)
    {
    }

    public void Reset()
    {
    }

    private static JsonObject Body(byte[] body)
    {
        try
        {
            return body.Length == 0 ? [] : JsonNode.Parse(Encoding.UTF8.GetString(body)) as JsonObject ?? throw TaggingErrors.Serialization("The request body must be a JSON object.");
        }
        catch (JsonException error)
        {
            throw TaggingErrors.Serialization("The request body is not valid JSON: " + error.Message);
        }
    }

    private static ResourceQuery ReadQuery(JsonObject body) => new()
    {
        TagFilters = Array(body, "TagFilters", "TagFilters[]", node => node is JsonObject filter
            ? (String(filter, "Key"), (IReadOnlyList<string>)Array(filter, "Values", "Values[]", v => Text(v, "Values[]")))
            : throw TaggingErrors.Serialization("TagFilters[] must be objects.")),
        ResourceTypeFilters = Array(body, "ResourceTypeFilters", "ResourceTypeFilters[]", v => Text(v, "ResourceTypeFilters[]")),
        ResourceArnList = body.ContainsKey("ResourceARNList") ? Array(body, "ResourceARNList", "ResourceARNList[]", v => Text(v, "ResourceARNList[]")) : null,
        ResourcesPerPage = Integer(body, "ResourcesPerPage"),
        TagsPerPage = Integer(body, "TagsPerPage"),
        PaginationToken = String(body, "PaginationToken"),
        IncludeComplianceDetails = Boolean(body, "IncludeComplianceDetails"),
        ExcludeCompliantResources = Boolean(body, "ExcludeCompliantResources"),
    };

    private static List<T> Array<T>(JsonObject body, string name, string item, Func<JsonNode?, T> read) => body[name] switch
    {
        null => [],
        JsonArray array => array.Select(read).ToList(),
        _ => throw TaggingErrors.Serialization($"{name} must be a list of {item}."),
    };

    private static string Text(JsonNode? node, string name) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : throw TaggingErrors.Serialization($"{name} must be strings.");

    private static string? String(JsonObject body, string name) => body[name] is null ? null : Text(body[name], name);

    private static int? Integer(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<int>(out var number) => number,
        _ => throw TaggingErrors.Serialization($"{name} must be an integer."),
    };

    private static bool Boolean(JsonObject body, string name) => body[name] switch
    {
        null => false,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        _ => throw TaggingErrors.Serialization($"{name} must be a boolean."),
    };
}
