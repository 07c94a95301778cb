using EksProvisioner.Core.Contract;

namespace EksProvisioner.Workflow.Documents;

/// <summary>ValidateRequest's output, which becomes the whole state document: the defaulted request and the environment.</summary>
public sealed record ValidatedRequest(EnvironmentRequest Request, EnvironmentInfo Environment);
