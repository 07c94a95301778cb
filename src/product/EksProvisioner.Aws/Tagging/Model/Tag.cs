using System.Text.Json.Serialization;

namespace EksProvisioner.Aws.Tagging;

/// <summary>The Resource Groups Tagging <c>Tag</c> shape (botocore model resourcegroupstaggingapi 2017-01-26).</summary>
public sealed record Tag
{
    [JsonPropertyName("Key")]
    public string? Key { get; init; }

    [JsonPropertyName("Value")]
    public string? Value { get; init; }
}
