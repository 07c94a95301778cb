namespace EksProvisioner.Workflow.Documents;

/// <summary>One resource in the output: its type (see Core's ResourceTypes), its id or ARN, and its name when it has one.</summary>
public sealed record CreatedResource(string Type, string Id, string? Name);
