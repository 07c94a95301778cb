namespace EksProvisioner.Core.Updating;

/// <summary>One change of an update: its kind, what it touches (<c>nodegroup/default</c>) and what changes.</summary>
public sealed record PlannedChange(ChangeKind Kind, string Target, string Description, TimeSpan Duration);
