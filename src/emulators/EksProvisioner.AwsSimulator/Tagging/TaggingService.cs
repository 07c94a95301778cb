using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Aws.Protocol;
using EksProvisioner.Aws.Tagging;
using EksProvisioner.AwsSimulator.Contracts;

namespace EksProvisioner.AwsSimulator.Tagging;

/// <summary>
/// Simulated Resource Groups Tagging API (JSON 1.1, <c>X-Amz-Target: ResourceGroupsTaggingAPI_20170126.*</c>,
/// signing name <c>tagging</c>): GetResources over the EC2 and EKS resources of the request's region.
/// Routing and wire format here, with the request and response records and operation table the client
/// uses (<see cref="TaggingOperations"/>), rules in
/// <see cref="TaggingRules"/>, errors in <see cref="TaggingErrors"/>. It owns no state.
/// </summary>
internal sealed class TaggingService(TaggingRules rules) : ISimulatedService
{
    private const string ContentType = "application/x-amz-json-" + TaggingOperations.JsonVersion;

    public string SigningName => "tagging";

    public SimulatedResponse Handle(SimulatedRequest request)
    {
        var target = request.Headers.GetValueOrDefault("X-Amz-Target") ?? string.Empty;
        if (target != TaggingOperations.TargetPrefix + "." + TaggingOperations.GetResources.Name)
        {
            throw TaggingErrors.UnknownOperation(target);
        }

        var page = rules.GetResources(request.Region, Read(request.Body));
        var response = new GetResourcesResponse
        {
            PaginationToken = page.PaginationToken,
            ResourceTagMappingList = [.. page.Resources.Select(resource => Mapping(resource, page.IncludeComplianceDetails))],
        };
        var body = JsonSerializer.Serialize(response, AwsJson.Options);
        return new SimulatedResponse(200, ContentType, body, new Dictionary<string, string> { ["x-amzn-RequestId"] = request.RequestId });
    }

    public IEnumerable<SimulatedResource> Resources() => [];

    public JsonNode SaveState() => new JsonObject();

    public void LoadState(JsonNode state)
    {
    }

    public void Reset()
    {
    }

    private static GetResourcesRequest Read(byte[] body)
    {
        try
        {
            return body.Length == 0
                ? new GetResourcesRequest()
                : JsonSerializer.Deserialize<GetResourcesRequest>(body, AwsJson.Options) ?? throw TaggingErrors.Serialization("The request body must be a JSON object.");
        }
        catch (JsonException error)
        {
            throw TaggingErrors.Serialization("The request body does not match GetResources: " + error.Message);
        }
    }

    private static ResourceTagMapping Mapping(TaggedResource resource, bool includeComplianceDetails) => new()
    {
        ResourceArn = resource.Arn,
        Tags = [.. resource.Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new Tag { Key = t.Key, Value = t.Value })],

        // No tag policies here, so every resource is compliant.
        ComplianceDetails = includeComplianceDetails ? new ComplianceDetails { NoncompliantKeys = [], KeysWithNoncompliantValues = [], ComplianceStatus = true } : null,
    };
}
