using System.Text.Json.Serialization;

namespace EksProvisioner.Aws.Tagging;

/// <summary>The Resource Groups Tagging <c>TagFilter</c> shape (botocore model resourcegroupstaggingapi 2017-01-26).</summary>
public sealed record TagFilter
{
    [JsonPropertyName("Key")]
    public string? Key { get; init; }

    /// <summary>Any of these values; none = any value of the key.</summary>
    [JsonPropertyName("Values")]
    public IReadOnlyList<string>? Values { get; init; }
}
