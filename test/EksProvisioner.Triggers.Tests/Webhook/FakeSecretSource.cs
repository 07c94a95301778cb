namespace EksProvisioner.Triggers.Tests.Webhook;

/// <summary>Stands in for the SSM parameter: answers <see cref="Value"/> and counts the reads.</summary>
internal sealed class FakeSecretSource(string value)
{
    private int _reads;

    public string Value { get; set; } = value;

    public int Reads => _reads;

    public Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return Task.FromResult(Value);
    }
}
