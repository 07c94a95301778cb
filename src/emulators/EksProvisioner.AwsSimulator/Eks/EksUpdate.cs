namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>
/// One simulated EKS update (persisted as JSON). Its status follows from timestamps like a
/// <see cref="Lifecycle"/>; what it changes is applied once, by <see cref="EksRules.Settle"/>, when it ends.
/// </summary>
internal sealed class EksUpdate
{
    public required string Id { get; set; }

    /// <summary>The botocore UpdateType: VersionUpdate, ConfigUpdate, AddonUpdate.</summary>
    public required string Type { get; set; }

    /// <summary>The node group it belongs to, or null.</summary>
    public string? Nodegroup { get; set; }

    /// <summary>The add-on it belongs to, or null; neither: the cluster's own update.</summary>
    public string? Addon { get; set; }

    public List<EksUpdateParam> Params { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset DoneAt { get; set; }

    /// <summary>Set when a fault rule fails the update: it ends Failed with this error.</summary>
    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    /// <summary>The request body, for changes applied when the update ends (labels, taints).</summary>
    public string? Body { get; set; }

    /// <summary>
    /// A scaling change's min, max and desired sizes before it: EKS shows the new sizes at once, the
    /// nodes move from these towards them, and a failed update puts them back.
    /// </summary>
    public int[]? PreviousScaling { get; set; }

    /// <summary>True once its outcome has been applied to the resource.</summary>
    public bool Settled { get; set; }

    public string StatusAt(DateTimeOffset now) =>
        now < DoneAt ? "InProgress" : ErrorCode is null ? "Successful" : "Failed";

    public bool RunningAt(DateTimeOffset now) => now < DoneAt;

    public string? Param(string type) => Params.FirstOrDefault(p => p.Type == type)?.Value;
}
