namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>An EKS REST operation matched from method and path, with its decoded path parameters.</summary>
internal sealed record EksRoute(string Operation, IReadOnlyList<string> Parameters);
