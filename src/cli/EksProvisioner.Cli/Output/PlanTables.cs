using System.Globalization;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Core.Planning;
using Spectre.Console;

namespace EksProvisioner.Cli.Output;

/// <summary>The plan for people: the defaulted request, the resources and the estimates as tables.</summary>
internal static class PlanTables
{
    public static void Render(EnvironmentRequest request, ResourcePlan plan, GuardrailVerdict verdict, CliContext context)
    {
        var console = Consoles.For(context);
        console.Write(new Rule($"[bold]Environment {Markup.Escape(request.Name)}[/]").LeftJustified());
        console.Write(RequestTable.Build(request, plan));
        console.Write(ResourcesTable(plan));
        console.Write(TagsTable(plan));
        console.Write(EstimateTable(plan.Estimate));
        console.WriteLine(
            $"Estimated provisioning time: about {plan.Estimate.Minutes.ToString("0.0", CultureInfo.InvariantCulture)} minutes, along "
            + string.Join(" -> ", plan.Estimate.CriticalPath));
        console.WriteLine(Verdict(verdict));
    }

    /// <summary>One line: within limits with the figures, or every limit exceeded.</summary>
    private static string Verdict(GuardrailVerdict verdict) => verdict.WithinLimits
        ? $"Guardrails: within limits ({verdict.Nodes} of {verdict.Limits.MaxNodes} nodes at most, "
            + $"{Guardrails.Usd(verdict.MaxHourlyCostUsd)} of {Guardrails.Usd(verdict.Limits.MaxHourlyCostUsd)} per hour at most, "
            + $"families {string.Join(",", verdict.Limits.AllowedInstanceFamilies)})"
        : "Guardrails: exceeded: " + string.Join("; ", verdict.Problems);

    private static Table ResourcesTable(ResourcePlan plan)
    {
        var table = new Table { Title = new TableTitle($"Resources ({plan.Resources.Count}, in creation order)") }
            .AddColumns("#", "Type", "Name", "Depends on");
        for (var i = 0; i < plan.Resources.Count; i++)
        {
            var r = plan.Resources[i];
            var after = string.Join(", ", r.DependsOn.Select(d => d[(d.IndexOf('/', StringComparison.Ordinal) + 1)..]));
            table.AddRow(Cell((i + 1).ToString(CultureInfo.InvariantCulture)), Cell(r.Type), Cell(r.Name), Cell(after));
        }

        return table;
    }

    /// <summary>The tags shared by every resource (resource-specific ones such as Name are left out).</summary>
    private static Table TagsTable(ResourcePlan plan)
    {
        var table = new Table { Title = new TableTitle("Tags on every resource") }.AddColumns("Key", "Value");
        var shared = plan.Resources.Count == 0
            ? []
            : plan.Resources[0].Tags.Where(t => plan.Resources.All(r => r.Tags.TryGetValue(t.Key, out var v) && v == t.Value));
        foreach (var (key, value) in shared)
        {
            table.AddRow(Cell(key), Cell(value));
        }

        return table;
    }

    private static Table EstimateTable(PlanEstimate estimate)
    {
        var table = new Table { Title = new TableTitle($"Estimate (not a quote; prices as of {estimate.PricesAsOf})") }
            .AddColumns("Item", "Quantity", "USD per hour each", "USD per hour");
        foreach (var line in estimate.CostLines)
        {
            table.AddRow(Cell(line.Item), Cell(Number(line.Quantity)), Cell(Money(line.UnitHourlyUsd)), Cell(Money(line.HourlyUsd)));
        }

        table.AddRow(Cell("Total per hour"), Cell(string.Empty), Cell(string.Empty), Cell(Money(estimate.HourlyCostUsd)));
        table.AddRow(Cell("Total per 30 days"), Cell(string.Empty), Cell(string.Empty), Cell(Money(estimate.HourlyCostUsd * 720)));
        foreach (var item in estimate.NotPriced)
        {
            table.AddRow(Cell("Not included: " + item), Cell(string.Empty), Cell(string.Empty), Cell(string.Empty));
        }

        return table;
    }

    internal static Text Cell(string text) => new(text);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Money(decimal value) => "$" + value.ToString("0.0000", CultureInfo.InvariantCulture);

    internal static string Expiry(EnvironmentRequest request, ResourcePlan plan) =>
        request.TtlHours is { } hours
            ? $"{hours} h (until {plan.Resources[0].Tags.GetValueOrDefault(TagKeys.ExpiresAt)})"
            : "none";
}
