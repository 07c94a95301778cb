namespace EksProvisioner.Core.Contract;

/// <summary>A Fargate profile: pods matching any selector run on Fargate in the private subnets.</summary>
public sealed record FargateProfileSpec(string Name, IReadOnlyList<FargateSelectorSpec> Selectors);
