namespace EksProvisioner.Functions.Tests.Runtime;

/// <summary>One request the runtime made (or a NOTE marker): method, path, error-type header, body.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? ErrorType, string Body)
{
    public override string ToString() => $"{Method} {Path}";
}
