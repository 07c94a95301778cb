using System.CommandLine;

namespace EksProvisioner.Cli.Commands;

/// <summary><c>--output table|json</c>, as every command spells it.</summary>
internal static class OutputOption
{
    public static Option<string> Create()
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "Output format: table (for people) or json (one JSON object).",
            DefaultValueFactory = _ => "table",
        };
        output.AcceptOnlyFromAmong("table", "json");
        return output;
    }
}
