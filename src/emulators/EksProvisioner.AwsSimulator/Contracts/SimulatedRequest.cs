namespace EksProvisioner.AwsSimulator.Contracts;

/// <summary>
/// One AWS request as the router hands it to a simulated service: already matched to a service and
/// region by its SigV4 credential scope. <see cref="Form"/> holds the decoded body of Query-protocol
/// calls (EC2, IAM, STS) merged with the query string. <see cref="FailUpdate"/> is a fault rule's
/// order that the asynchronous update this call starts ends Failed.
/// </summary>
public sealed record SimulatedRequest(
    string Service,
    string Region,
    string AccountId,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    IReadOnlyDictionary<string, string> Form,
    string RequestId,
    Faults.FaultError? FailUpdate = null);
