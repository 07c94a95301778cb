using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>
/// Parses an Amazon States Language definition into an immutable <see cref="StateMachineDefinition"/>, checking
/// the specification's MUSTs and reporting every problem found, each with its location such as
/// <c>/States/Foo/Next</c>.
/// </summary>
public static class AslParser
{
    /// <summary>Parses <paramref name="definitionJson"/>; the definition is null when any problem was found.</summary>
    public static AslParseResult Parse(string definitionJson)
    {
        ArgumentNullException.ThrowIfNull(definitionJson);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(definitionJson, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            return new AslParseResult(null, [new AslProblem("/", $"not valid JSON: {e.Message}")]);
        }

        var reader = new DefinitionReader();
        var definition = reader.ReadDefinition(root);
        return new AslParseResult(reader.Problems.Count == 0 ? definition : null, reader.Problems);
    }

    /// <summary>Parses or throws <see cref="AslDefinitionException"/> listing every problem.</summary>
    public static StateMachineDefinition ParseOrThrow(string definitionJson)
    {
        var result = Parse(definitionJson);
        return result.Definition ?? throw new AslDefinitionException(result.Problems);
    }
}
