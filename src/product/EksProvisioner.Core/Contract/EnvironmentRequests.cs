using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract.Reading;
using EksProvisioner.Core.Errors;

namespace EksProvisioner.Core.Contract;

/// <summary>
/// The single entry point for validating environment requests: every edge (the ValidateRequest stage,
/// the webhook, the events function, the CLI) validates here, once, so they agree on validity and on the
/// defaults. Text is parsed once; a document already parsed is validated as it is. Later stages read the
/// defaulted request with plain source-generated JSON (<see cref="ContractJson"/>), not through here.
/// A parsed request serialized with <see cref="ToJson"/> parses back to the same request.
/// </summary>
public static class EnvironmentRequests
{
    /// <summary>Validates <paramref name="json"/> and returns the fully defaulted request.</summary>
    /// <exception cref="EnvironmentRequestInvalidException">With every problem found.</exception>
    public static EnvironmentRequest Parse(string json) => Valid(Validate(json));

    /// <summary>As <see cref="Parse(string)"/> for a stack in <paramref name="stackRegion"/> (see <see cref="Validate(string, string)"/>).</summary>
    /// <exception cref="EnvironmentRequestInvalidException">With every problem found.</exception>
    public static EnvironmentRequest Parse(string json, string stackRegion) => Valid(Validate(json, stackRegion));

    /// <summary>As <see cref="Parse(string)"/> for a document already parsed.</summary>
    /// <exception cref="EnvironmentRequestInvalidException">With every problem found.</exception>
    public static EnvironmentRequest Parse(JsonElement request) => Valid(Validate(request));

    /// <summary>As <see cref="Parse(string, string)"/> for a document already parsed.</summary>
    /// <exception cref="EnvironmentRequestInvalidException">With every problem found.</exception>
    public static EnvironmentRequest Parse(JsonElement request, string stackRegion) => Valid(Validate(request, stackRegion));

    /// <summary>As <see cref="Parse(JsonElement)"/> under <paramref name="guardrails"/> rather than <see cref="Guardrails.Default"/>.</summary>
    /// <exception cref="EnvironmentRequestInvalidException">With every problem found.</exception>
    public static EnvironmentRequest Parse(JsonElement request, Guardrails guardrails) =>
        Valid(RequestValidator.Check(RequestValidator.ToNode(request), request, null, Limits(guardrails)));

    /// <summary>As <see cref="Parse(JsonElement, string)"/> under <paramref name="guardrails"/> rather than <see cref="Guardrails.Default"/>.</summary>
    /// <exception cref="EnvironmentRequestInvalidException">With every problem found.</exception>
    public static EnvironmentRequest Parse(JsonElement request, string stackRegion, Guardrails guardrails) =>
        Valid(RequestValidator.Check(RequestValidator.ToNode(request), request, Region(stackRegion), Limits(guardrails)));

    /// <summary>
    /// Parses <paramref name="json"/> once and validates it against the semantic rules and the published
    /// JSON Schema (statemachine/environment-request.schema.json), the catalog (<see cref="Catalog.AwsCatalog"/>)
    /// and <see cref="Guardrails.Default"/>, reporting every problem at once.
    /// </summary>
    public static EnvironmentRequestValidation Validate(string json) => ValidateText(json, null, Guardrails.Default);

    /// <summary>As <see cref="Validate(string)"/> under <paramref name="guardrails"/>.</summary>
    public static EnvironmentRequestValidation Validate(string json, Guardrails guardrails) => ValidateText(json, null, Limits(guardrails));

    /// <summary>
    /// As <see cref="Validate(string)"/> for a deployed stack, whose functions work in
    /// <paramref name="stackRegion"/> only: a request without a region is for that region, and one naming
    /// another region is a problem (its resources would be made in the stack's region, not where it says).
    /// </summary>
    public static EnvironmentRequestValidation Validate(string json, string stackRegion) => ValidateText(json, Region(stackRegion), Guardrails.Default);

    /// <summary>As <see cref="Validate(string)"/> for a document already parsed (null is the JSON null).</summary>
    public static EnvironmentRequestValidation Validate(JsonNode? request) => RequestValidator.Check(request, null, null, Guardrails.Default);

    /// <summary>As <see cref="Validate(string, Guardrails)"/> for a document already parsed.</summary>
    public static EnvironmentRequestValidation Validate(JsonNode? request, Guardrails guardrails) =>
        RequestValidator.Check(request, null, null, Limits(guardrails));

    /// <summary>As <see cref="Validate(string, string)"/> for a document already parsed.</summary>
    public static EnvironmentRequestValidation Validate(JsonNode? request, string stackRegion) =>
        RequestValidator.Check(request, null, Region(stackRegion), Guardrails.Default);

    /// <summary>As <see cref="Validate(JsonNode, string)"/> under <paramref name="guardrails"/>: what a deployed stack's edges call.</summary>
    public static EnvironmentRequestValidation Validate(JsonNode? request, string stackRegion, Guardrails guardrails) =>
        RequestValidator.Check(request, null, Region(stackRegion), Limits(guardrails));

    /// <summary>As <see cref="Validate(string)"/> for a document already parsed.</summary>
    public static EnvironmentRequestValidation Validate(JsonElement request) =>
        RequestValidator.Check(RequestValidator.ToNode(request), request, null, Guardrails.Default);

    /// <summary>As <see cref="Validate(string, string)"/> for a document already parsed.</summary>
    public static EnvironmentRequestValidation Validate(JsonElement request, string stackRegion) =>
        RequestValidator.Check(RequestValidator.ToNode(request), request, Region(stackRegion), Guardrails.Default);

    /// <summary>
    /// Parses request text as <see cref="Validate(string)"/> does (fields given twice refused, by path), for an edge
    /// that looks at the document before validating it; <paramref name="failure"/> says why it is not JSON.
    /// </summary>
    public static bool TryParseJson(string json, out JsonNode? document, [NotNullWhen(false)] out EnvironmentRequestValidation? failure)
    {
        var root = RequestValidator.ParseText(json, out failure);
        document = root is { } r ? RequestValidator.ToNode(r) : null;
        return failure is null;
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

    private static EnvironmentRequestValidation ValidateText(string json, string? stackRegion, Guardrails guardrails) =>
        RequestValidator.ParseText(json, out var failure) is { } root
            ? RequestValidator.Check(RequestValidator.ToNode(root), root, stackRegion, guardrails)
            : failure!;

    private static Guardrails Limits(Guardrails guardrails)
    {
        ArgumentNullException.ThrowIfNull(guardrails);
        return guardrails;
    }

    private static string Region(string stackRegion)
    {
        ArgumentException.ThrowIfNullOrEmpty(stackRegion);
        return stackRegion;
    }

    private static EnvironmentRequest Valid(EnvironmentRequestValidation validation) =>
        validation.Request ?? throw new EnvironmentRequestInvalidException(validation.Problems);
}
