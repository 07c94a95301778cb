namespace EksProvisioner.AwsSimulator.Iam;

/// <summary>An IAM tag; IAM keeps tags as an ordered list.</summary>
internal sealed record IamTag(string Key, string Value);
