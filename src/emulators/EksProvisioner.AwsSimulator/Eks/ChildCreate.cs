namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>
/// A create call for a cluster's child (node group, Fargate profile, add-on): where it runs, the
/// child's name, its clientRequestToken and what to remember under that token once the child exists.
/// </summary>
internal sealed record ChildCreate(EksRegion Region, string Name, string? Token, EksToken Used);
