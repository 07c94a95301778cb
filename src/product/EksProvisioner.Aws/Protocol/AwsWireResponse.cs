namespace EksProvisioner.Aws.Protocol;

/// <summary>What came back: status, headers (names case-insensitive, values comma-joined) and body.</summary>
internal sealed record AwsWireResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
