using System.Text.Json.Serialization;

namespace EksProvisioner.Aws.Tagging;

/// <summary>The Resource Groups Tagging <c>ComplianceDetails</c> shape (botocore model resourcegroupstaggingapi 2017-01-26).</summary>
public sealed record ComplianceDetails
{
    [JsonPropertyName("NoncompliantKeys")]
    public IReadOnlyList<string>? NoncompliantKeys { get; init; }

    [JsonPropertyName("KeysWithNoncompliantValues")]
    public IReadOnlyList<string>? KeysWithNoncompliantValues { get; init; }

    [JsonPropertyName("ComplianceStatus")]
    public bool? ComplianceStatus { get; init; }
}
