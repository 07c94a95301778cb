namespace EksProvisioner.AwsSimulator.Ec2.Model;

/// <summary>A used idempotency token: which call, with which parameters, made which resource.</summary>
internal sealed record ClientTokenRecord(string Operation, string Fingerprint, string ResourceId);
