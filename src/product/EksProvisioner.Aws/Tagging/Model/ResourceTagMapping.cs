using System.Text.Json.Serialization;

namespace EksProvisioner.Aws.Tagging;

/// <summary>The Resource Groups Tagging <c>ResourceTagMapping</c> shape (botocore model resourcegroupstaggingapi 2017-01-26).</summary>
public sealed record ResourceTagMapping
{
    [JsonPropertyName("ResourceARN")]
    public string? ResourceArn { get; init; }

    [JsonPropertyName("Tags")]
    public IReadOnlyList<Tag>? Tags { get; init; }

    [JsonPropertyName("ComplianceDetails")]
    public ComplianceDetails? ComplianceDetails { get; init; }
}
