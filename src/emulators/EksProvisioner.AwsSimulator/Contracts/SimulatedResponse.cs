namespace EksProvisioner.AwsSimulator.Contracts;

/// <summary>What a simulated service answers: status, content type, body and extra headers.</summary>
public sealed record SimulatedResponse(
    int StatusCode,
    string ContentType,
    string Body,
    IReadOnlyDictionary<string, string>? Headers = null);
