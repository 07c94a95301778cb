namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>A used clientRequestToken: which call it created what with, to answer a retry the same way.</summary>
internal sealed record EksToken(string Operation, string Fingerprint, string ClusterName, string? ChildName);
