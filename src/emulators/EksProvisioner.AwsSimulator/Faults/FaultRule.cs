namespace EksProvisioner.AwsSimulator.Faults;

/// <summary>
/// One fault rule. <see cref="Service"/> is the SigV4 signing name or <c>*</c>; <see cref="Operation"/>
/// the API operation or <c>*</c>. <see cref="Call"/> fires on the Nth matching call only (counted from 1);
/// <see cref="Probability"/> with <see cref="Seed"/> fires reproducibly at random. A rule may answer
/// with <see cref="Error"/>, delay the call by <see cref="LatencySeconds"/> of simulated time, or both;
/// <see cref="FailUpdate"/> lets an EKS update call succeed and its update end Failed.
/// </summary>
public sealed record FaultRule
{
    public string Service { get; init; } = "*";

    public string Operation { get; init; } = "*";

    public int? Call { get; init; }

    public double? Probability { get; init; }

    public int Seed { get; init; } = 1;

    public FaultError? Error { get; init; }

    public double? LatencySeconds { get; init; }

    /// <summary>
    /// For EKS update calls (UpdateClusterVersion, UpdateNodegroupConfig, UpdateNodegroupVersion,
    /// UpdateAddon): the call is accepted, and the update it starts ends <c>Failed</c> with this
    /// error code and message in its <c>errors</c> (as a NodeCreationFailure does on AWS).
    /// </summary>
    public FaultError? FailUpdate { get; init; }

    /// <summary>True when the rule applies to this service and operation (before call/probability).</summary>
    public bool Matches(string service, string operation) =>
        (Service == "*" || string.Equals(Service, service, StringComparison.OrdinalIgnoreCase))
        && (Operation == "*" || string.Equals(Operation, operation, StringComparison.Ordinal));

    internal void Validate()
    {
        if (Error is null && LatencySeconds is null && FailUpdate is null)
        {
            throw new System.Text.Json.JsonException($"fault rule for {Service}/{Operation} has neither 'error', 'latencySeconds' nor 'failUpdate'");
        }

        if (Call is < 1)
        {
            throw new System.Text.Json.JsonException("'call' counts from 1");
        }

        if (Probability is < 0 or > 1)
        {
            throw new System.Text.Json.JsonException("'probability' must be between 0 and 1");
        }

        if (LatencySeconds is < 0)
        {
            throw new System.Text.Json.JsonException("'latencySeconds' must not be negative");
        }

        if (FailUpdate is not null && string.IsNullOrEmpty(FailUpdate.Code))
        {
            throw new System.Text.Json.JsonException("'failUpdate.code' is required");
        }

        if (Error is not null && string.IsNullOrEmpty(Error.Code))
        {
            throw new System.Text.Json.JsonException("'error.code' is required");
        }
    }
}
