namespace EksProvisioner.AwsSimulator.Ec2;

/// <summary>
/// A resource kind with a per-region quota, declared once beside its operations: the TagSpecification
/// resource type of its create call, which quota bounds it, and the LimitExceeded answer AWS gives.
/// </summary>
internal sealed record RegionQuota(string ResourceType, Func<Ec2Quotas, int> Limit, string LimitCode, string LimitMessage);
