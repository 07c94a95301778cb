namespace EksProvisioner.Workflow.Documents;

/// <summary>One add-on as last described.</summary>
public sealed record AddonInfo(string Name, string Arn, string Status, string? Version, DateTimeOffset CreatedAt);
