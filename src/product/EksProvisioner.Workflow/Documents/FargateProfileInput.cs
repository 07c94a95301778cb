using EksProvisioner.Core.Contract;

namespace EksProvisioner.Workflow.Documents;

/// <summary>CreateFargateProfile's input: one item of the Fargate profile Map.</summary>
public sealed record FargateProfileInput(EnvironmentInfo Environment, EnvironmentRequest Request, ResourcesInfo Resources, FargateProfileSpec FargateProfile);
