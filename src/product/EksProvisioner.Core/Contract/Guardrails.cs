using System.Globalization;

namespace EksProvisioner.Core.Contract;

/// <summary>
/// The ceilings a request must stay under, set per stack (parameters, read by
/// <see cref="GuardrailVariables.Read"/>) and per CLI run (flags). A request above one is refused at
/// validation, naming the figure and the limit.
/// </summary>
/// <param name="MaxNodes">Most nodes an environment may reach: the node groups' maxSize summed.</param>
/// <param name="MaxHourlyCostUsd">Most estimated US dollars per hour, with every node group at its maxSize.</param>
/// <param name="AllowedInstanceFamilies">Instance families (the part before the dot, such as m5 or t4g) node groups may use.</param>
public sealed record Guardrails(int MaxNodes, decimal MaxHourlyCostUsd, IReadOnlyList<string> AllowedInstanceFamilies)
{
    /// <summary>Every family of the catalog's general-purpose, burstable and compute types; memory-heavy r* must be allowed explicitly.</summary>
    public const string DefaultInstanceFamilies = "t3,t4g,m5,m6g,m6i,m7g,m7i,c5,c6i,c7g";

    /// <summary>What a stack or CLI run that sets nothing gets: 20 nodes, $10 an hour, <see cref="DefaultInstanceFamilies"/>.</summary>
    public static Guardrails Default { get; } = new(20, 10m, ParseFamilies(DefaultInstanceFamilies));

    /// <summary>Measures a valid, defaulted request against these limits (validation does this; the plan shows it).</summary>
    public GuardrailVerdict Evaluate(EnvironmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Rules.GuardrailRules.Check(request, this);
    }

    /// <summary>Whether <paramref name="family"/> is on the allowed list.</summary>
    public bool Allows(string family) => AllowedInstanceFamilies.Contains(family, StringComparer.Ordinal);

    /// <summary>A comma-separated family list, spaces and empty items ignored: "t3, m5" is [t3, m5].</summary>
    public static IReadOnlyList<string> ParseFamilies(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A limit as the messages show it: $10.00.</summary>
    public static string Usd(decimal amount) => amount.ToString("$0.00##", CultureInfo.InvariantCulture);
}
