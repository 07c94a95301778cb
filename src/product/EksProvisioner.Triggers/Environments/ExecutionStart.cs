namespace EksProvisioner.Triggers.Environments;

/// <summary>The execution a start request resulted in.</summary>
/// <param name="ExecutionArn">The execution, new or existing.</param>
/// <param name="Name">Its name.</param>
/// <param name="StartDate">When it started.</param>
/// <param name="IsNew">True when this call started it; false when it already existed (a duplicate delivery, a second pass).</param>
public sealed record ExecutionStart(string ExecutionArn, string Name, DateTimeOffset StartDate, bool IsNew);
