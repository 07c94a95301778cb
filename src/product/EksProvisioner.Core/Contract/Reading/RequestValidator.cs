using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.Core.Contract.Reading;

/// <summary>
/// Validates one parsed request document: the reader's rules, then the published schema, then (for a
/// deployed stack) the region rule. It takes the document as the edge parsed it, so no caller turns a
/// parsed request back into text to have it parsed again.
/// </summary>
internal static class RequestValidator
{
    /// <param name="root">The request as parsed; never changed.</param>
    /// <param name="parsed">The same document as a <see cref="JsonElement"/> when the caller has one (the schema reads elements).</param>
    /// <param name="stackRegion">The region of a deployed stack, or null for the contract alone.</param>
    /// <param name="guardrails">The ceilings the request must stay under.</param>
    public static EnvironmentRequestValidation Check(JsonNode? root, JsonElement? parsed, string? stackRegion, Guardrails guardrails)
    {
        // A node parsed elsewhere is scanned as written: reading a node with a field given twice would throw.
        var element = parsed ?? JsonSerializer.SerializeToElement(root, ContractJson.Default.JsonNode);
        var problems = new ProblemList();
        if (DocumentScan.Check(element, problems))
        {
            return new EnvironmentRequestValidation(null, problems.Items);
        }

        if (stackRegion is not null && root is JsonObject o && o.TryGetPropertyValue("region", out var region) && region is null)
        {
            // For a stack an explicit null region means its own, as a missing one does; the rules then
            // see the request without it. A copy, so the caller's document stays as it was.
            var copy = o.DeepClone().AsObject();
            copy.Remove("region");
            return Check(copy, null, stackRegion, guardrails);
        }

        var request = RequestReader.Read(root, stackRegion ?? RequestDefaults.Region, problems);
        if (problems.Count == 0)
        {
            // The schema is the published contract; the reader checks all of it with better messages,
            // so the schema only speaks when the two have drifted apart (a bug worth seeing).
            var violations = RequestSchema.Evaluate(element);
            foreach (var (path, message) in violations)
            {
                problems.Add(path, "violates the published schema: " + message);
            }
        }

        if (problems.Count > 0)
        {
            return new EnvironmentRequestValidation(null, problems.Items);
        }

        if (stackRegion is not null && request!.Region != stackRegion)
        {
            return new EnvironmentRequestValidation(null, [
                $"$.region: '{request.Region}' is not the region this EksProvisioner stack works in ({stackRegion}); "
                + $"leave region out, or send the request to a stack deployed in {request.Region}"]);
        }

        var verdict = guardrails.Evaluate(request!);
        return verdict.WithinLimits ? new EnvironmentRequestValidation(request, []) : new EnvironmentRequestValidation(null, verdict.Problems);
    }

    /// <summary>
    /// Parses request text once, or says in <paramref name="failure"/> why it is not a request document:
    /// not JSON, or a field given twice (named by its path; JSON leaves its meaning undefined).
    /// </summary>
    /// <returns>The root, detached from any document, so it outlives the parse.</returns>
    public static JsonElement? ParseText(string json, out EnvironmentRequestValidation? failure)
    {
        ArgumentNullException.ThrowIfNull(json);
        failure = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            failure = Failure("the request is empty; give a JSON object with at least a name, such as {\"name\": \"dev\"}");
            return null;
        }

        JsonElement root;
        try
        {
            // Duplicates are allowed by the parser so that the scan can name each one by its path.
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            failure = Failure("not valid JSON: " + ex.Message);
            return null;
        }

        var problems = new ProblemList();
        if (DocumentScan.CheckDuplicates(root, problems))
        {
            failure = new EnvironmentRequestValidation(null, problems.Items);
            return null;
        }

        return root;
    }

    /// <summary>The node view of <paramref name="element"/>: it reads the element in place, without re-parsing text.</summary>
    public static JsonNode? ToNode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => JsonObject.Create(element),
        JsonValueKind.Array => JsonArray.Create(element),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => JsonValue.Create(element),
    };

    private static EnvironmentRequestValidation Failure(string message)
    {
        var problems = new ProblemList();
        problems.Add(JsonPath.Root, message);
        return new EnvironmentRequestValidation(null, problems.Items);
    }
}
