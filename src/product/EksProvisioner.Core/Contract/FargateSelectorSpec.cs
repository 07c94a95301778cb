namespace EksProvisioner.Core.Contract;

/// <summary>Matches pods in <paramref name="Namespace"/> that carry every label in <paramref name="Labels"/>.</summary>
public sealed record FargateSelectorSpec(string Namespace, IReadOnlyDictionary<string, string> Labels);
