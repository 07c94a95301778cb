using System.Globalization;

namespace EksProvisioner.Core.Contract;

/// <summary>
/// The environment variables that carry a stack's <see cref="Guardrails"/> to the functions that validate
/// requests (the template sets them from its parameters). An unset variable keeps its default.
/// </summary>
public static class GuardrailVariables
{
    public const string MaxNodes = "EKSPROV_MAX_NODES";
    public const string MaxHourlyCostUsd = "EKSPROV_MAX_HOURLY_COST_USD";
    public const string AllowedInstanceFamilies = "EKSPROV_ALLOWED_INSTANCE_FAMILIES";

    /// <summary>The guardrails in <paramref name="environment"/>, defaults where unset.</summary>
    /// <exception cref="InvalidOperationException">A variable is set but malformed (an init error naming it).</exception>
    public static Guardrails Read(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var defaults = Guardrails.Default;
        var nodes = environment(MaxNodes) is { Length: > 0 } n
            ? int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0 ? max : throw Malformed(MaxNodes, n, "a whole number above 0")
            : defaults.MaxNodes;
        var cost = environment(MaxHourlyCostUsd) is { Length: > 0 } c
            ? decimal.TryParse(c, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var usd) && usd > 0 ? usd : throw Malformed(MaxHourlyCostUsd, c, "US dollars per hour above 0, such as 10 or 2.5")
            : defaults.MaxHourlyCostUsd;
        var families = environment(AllowedInstanceFamilies) is { Length: > 0 } f
            ? Guardrails.ParseFamilies(f) is { Count: > 0 } list ? list : throw Malformed(AllowedInstanceFamilies, f, "a comma-separated list such as t3,m5")
            : defaults.AllowedInstanceFamilies;
        return new Guardrails(nodes, cost, families);
    }

    private static InvalidOperationException Malformed(string variable, string value, string expected) =>
        new($"{variable} is '{value}'; it must be {expected} (the template sets it from the stack's parameters).");
}
