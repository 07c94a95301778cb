namespace EksProvisioner.AwsSimulator.Iam;

/// <summary>Everything IAM stores, keyed by role name (IAM role names are unique ignoring case).</summary>
internal sealed class IamState
{
    public Dictionary<string, IamRole> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public long NextId { get; set; } = 1;
}
