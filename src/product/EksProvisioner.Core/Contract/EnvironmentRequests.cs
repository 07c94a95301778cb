using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract.Reading;
using EksProvisioner.Core.Errors;

namespace EksProvisioner.Core.Contract;

/// <summary>
/// The single entry point for environment requests: every trigger, every stage function and the CLI
/// parse requests here, so they agree on validity and on the defaults. A parsed request serialized
/// with <see cref="ToJson"/> parses back to the same request.
/// </summary>
public static class EnvironmentRequests
{
    /// <summary>Validates <paramref name="json"/> and returns the fully defaulted request.</summary>
    /// <exception cref="EnvironmentRequestInvalidException">With every problem found.</exception>
    public static EnvironmentRequest Parse(string json)
    {
        var result = Validate(json);
        return result.Request ?? throw new EnvironmentRequestInvalidException(result.Problems);
    }

    /// <summary>
    /// Validates <paramref name="json"/> against the semantic rules and the published JSON Schema
    /// (statemachine/environment-request.schema.json), reporting every problem at once.
    /// </summary>
    public static EnvironmentRequestValidation Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new ProblemList();
        if (string.IsNullOrWhiteSpace(json))
        {
            problems.Add(JsonPath.Root, "the request is empty; give a JSON object with at least a name, such as {\"name\": \"dev\"}");
            return new EnvironmentRequestValidation(null, problems.Items);
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException ex)
        {
            problems.Add(JsonPath.Root, "not valid JSON: " + ex.Message);
            return new EnvironmentRequestValidation(null, problems.Items);
        }

        var request = RequestReader.Read(root, problems);
        if (problems.Count == 0)
        {
            // The schema is the published contract; the reader checks all of it with better messages,
            // so the schema only speaks when the two have drifted apart (a bug worth seeing).
            foreach (var (path, message) in RequestSchema.Evaluate(root!))
            {
                problems.Add(path, "violates the published schema: " + message);
            }
        }

        return problems.Count == 0
            ? new EnvironmentRequestValidation(request, [])
            : new EnvironmentRequestValidation(null, problems.Items);
    }

    /// <summary>
    /// As <see cref="Validate(string)"/> for a deployed stack, whose functions work in
    /// <paramref name="stackRegion"/> only: a request without a region is for that region, and one naming
    /// another region is a problem (its resources would be made in the stack's region, not where it says).
    /// </summary>
    public static EnvironmentRequestValidation Validate(string json, string stackRegion)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrEmpty(stackRegion);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return Validate(json);
        }

        if (root is not JsonObject request)
        {
            return Validate(json);
        }

        if (request["region"] is null)
        {
            request["region"] = stackRegion;
            return Validate(request.ToJsonString());
        }

        var validation = Validate(json);
        if (validation.Request is { } valid && valid.Region != stackRegion)
        {
            return new EnvironmentRequestValidation(null, [
                $"$.region: '{valid.Region}' is not the region this EksProvisioner stack works in ({stackRegion}); "
                + $"leave region out, or send the request to a stack deployed in {valid.Region}"]);
        }

        return validation;
    }

    /// <summary>As <see cref="Parse(string)"/> for a stack in <paramref name="stackRegion"/> (see <see cref="Validate(string, string)"/>).</summary>
    /// <exception cref="EnvironmentRequestInvalidException">With every problem found.</exception>
    public static EnvironmentRequest Parse(string json, string stackRegion)
    {
        var result = Validate(json, stackRegion);
        return result.Request ?? throw new EnvironmentRequestInvalidException(result.Problems);
    }

    /// <summary>The request as camelCase JSON, defaults included, nulls left out.</summary>
    public static string ToJson(EnvironmentRequest request, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        return JsonSerializer.Serialize(request, indented ? ContractJson.Indented.EnvironmentRequest : ContractJson.Default.EnvironmentRequest);
    }

    /// <summary>The request as a JSON node, for embedding in larger documents.</summary>
    public static JsonNode ToJsonNode(EnvironmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return JsonSerializer.SerializeToNode(request, ContractJson.Default.EnvironmentRequest)!;
    }
}
