namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>One botocore UpdateParam of a simulated update (persisted as JSON).</summary>
internal sealed record EksUpdateParam(string Type, string Value);
