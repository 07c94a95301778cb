using System.CommandLine;
using System.Globalization;
using EksProvisioner.Core.Contract;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>--max-nodes N --max-hourly-cost USD --allowed-instance-families t3,m5</c>: the <see cref="Guardrails"/>
/// of one CLI run (plan, up), read here only; what is left out keeps <see cref="Guardrails.Default"/>, as a
/// stack deployed without the parameters does.
/// </summary>
internal sealed class GuardrailOptions
{
    private readonly Option<int?> _maxNodes = new("--max-nodes")
    {
        Description = $"Most nodes an environment may reach, node groups' maxSize summed (default {Guardrails.Default.MaxNodes}; the stack's MaxNodesPerEnvironment).",
    };

    private readonly Option<decimal?> _maxHourlyCost = new("--max-hourly-cost")
    {
        Description = $"Most estimated USD per hour with node groups at maxSize (default {Guardrails.Default.MaxHourlyCostUsd.ToString(CultureInfo.InvariantCulture)}; the stack's MaxHourlyCostUsd).",
    };

    private readonly Option<string?> _families = new("--allowed-instance-families")
    {
        Description = $"Comma-separated instance families node groups may use (default {Guardrails.DefaultInstanceFamilies}; the stack's AllowedInstanceFamilies).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_maxNodes);
        command.Options.Add(_maxHourlyCost);
        command.Options.Add(_families);
    }

    /// <summary>The guardrails the flags give; null after telling <paramref name="stderr"/> which flag is wrong (exit 2).</summary>
    public async Task<Guardrails?> ReadAsync(ParseResult parse, TextWriter stderr)
    {
        var defaults = Guardrails.Default;
        var nodes = parse.GetValue(_maxNodes) ?? defaults.MaxNodes;
        var cost = parse.GetValue(_maxHourlyCost) ?? defaults.MaxHourlyCostUsd;
        var families = parse.GetValue(_families) is { } text ? Guardrails.ParseFamilies(text) : defaults.AllowedInstanceFamilies;
        var problem = nodes < 1 ? "--max-nodes must be 1 or more"
            : cost <= 0 ? "--max-hourly-cost must be above 0"
            : families.Count == 0 ? "--allowed-instance-families must name at least one family, such as t3,m5"
            : null;
        if (problem is not null)
        {
            await stderr.WriteLineAsync(problem);
            return null;
        }

        return new Guardrails(nodes, cost, families);
    }
}
