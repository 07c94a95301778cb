using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Tests.StateMachineSources;

/// <summary>How generated definitions are written: two-space indent, LF, a final newline, as the repository's .editorconfig asks.</summary>
internal static class AslJson
{
    // The relaxed encoder keeps apostrophes and '+' readable in Comments and intrinsic functions (the default writes \u0027).
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(JsonNode document) => document.ToJsonString(Options) + "\n";
}
