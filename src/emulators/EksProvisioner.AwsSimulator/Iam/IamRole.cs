namespace EksProvisioner.AwsSimulator.Iam;

/// <summary>A simulated IAM role (persisted as JSON).</summary>
internal sealed class IamRole
{
    public required string RoleName { get; set; }

    public required string RoleId { get; set; }

    public required string Arn { get; set; }

    public string Path { get; set; } = "/";

    public required string AssumeRolePolicyDocument { get; set; }

    public string? Description { get; set; }

    public int MaxSessionDuration { get; set; } = 3600;

    public DateTimeOffset CreateDate { get; set; }

    public List<IamTag> Tags { get; set; } = [];

    public List<string> AttachedPolicyArns { get; set; } = [];

    public SortedDictionary<string, string> InlinePolicies { get; set; } = new(StringComparer.Ordinal);
}
