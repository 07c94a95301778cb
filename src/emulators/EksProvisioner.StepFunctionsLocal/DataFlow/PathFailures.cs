using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>
/// The States.Runtime causes AWS reports for a path that selects nothing at run time (recorded answers: LocalStack's
/// AWS-validated snapshots, mirrored in moto's <c>stepfunctions/parser</c>). The interpreter prefixes them with the state.
/// </summary>
internal static class PathFailures
{
    /// <summary>
    /// InputPath, OutputPath, TimeoutSecondsPath and HeartbeatSecondsPath answer in the wording of the JSONPath library
    /// AWS runs (Jayway): <c>Invalid path '$.a' : No results for path: $['a']</c>.
    /// </summary>
    public static StatesException InvalidPath(JsonPath path) =>
        new(StatesErrors.Runtime, $"Invalid path '{path.Text}' : No results for path: {Normalized(path)}");

    /// <summary>Every other field (Parameters and ResultSelector <c>.$</c> fields, intrinsic arguments, ItemsPath, ErrorPath...).</summary>
    public static StatesException NotFound(JsonPath path, string field, JsonNode? data) =>
        new(StatesErrors.Runtime, $"The JSONPath '{path.Text}' specified for the field '{field}' could not be found in the input '{JsonValues.ToJson(data)}'");

    /// <summary>Jayway's normalized form: <c>$['a']['b'][0]</c>; steps without one are written as in the path.</summary>
    public static string Normalized(JsonPath path)
    {
        var text = new StringBuilder(path.Root == PathRootKind.Context ? "$$" : "$");
        foreach (var segment in path.Segments)
        {
            switch (segment)
            {
                case NameSegment name:
                    text.Append("['").Append(name.Name).Append("']");
                    break;
                case IndexSegment index:
                    text.Append('[').Append(index.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                    break;
                default:
                    return path.Text;
            }
        }

        return text.ToString();
    }
}
