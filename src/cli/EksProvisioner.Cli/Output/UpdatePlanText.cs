using System.Globalization;
using EksProvisioner.Core.Updating;

namespace EksProvisioner.Cli.Output;

/// <summary>A day-2 update's difference as plain lines (<c>~</c> in place, <c>+</c> add, <c>-</c> remove, <c>-/+</c> replace).</summary>
internal static class UpdatePlanText
{
    public static async Task WriteAsync(TextWriter writer, UpdatePlan plan)
    {
        if (plan.Empty)
        {
            await writer.WriteLineAsync("update: no changes against the request the environment was provisioned with");
            return;
        }

        foreach (var change in plan.Changes)
        {
            await writer.WriteLineAsync($"  {Sign(change.Kind),-3} {change.Target}: {change.Description}");
        }

        foreach (var refusal in plan.Refusals)
        {
            await writer.WriteLineAsync("  refused: " + refusal);
        }

        await writer.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"update: {plan.Changes.Count} change(s), about {plan.Minutes} min, {plan.HourlyCostDeltaUsd:+0.000;-0.000;0} USD/hour"));
    }

    private static string Sign(ChangeKind kind) => kind switch
    {
        ChangeKind.Add => "+",
        ChangeKind.Remove => "-",
        ChangeKind.Replace => "-/+",
        _ => "~",
    };
}
