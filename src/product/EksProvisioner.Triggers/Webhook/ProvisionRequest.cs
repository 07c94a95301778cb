using EksProvisioner.Core.Contract;

namespace EksProvisioner.Triggers.Webhook;

/// <summary>A POST body read: the validated request and the execution input, or every problem.</summary>
/// <param name="Input">The document the provision state machine is started with: the defaulted request.</param>
internal sealed record ProvisionRequest(EnvironmentRequest? Request, string? Input, IReadOnlyList<string> Problems);
