namespace EksProvisioner.Aws.Http;

/// <summary>Where a service is reached and how requests to it are signed.</summary>
/// <param name="ServiceId">The service id (EKS, IAM, SFN, EC2, STS).</param>
/// <param name="Url">The base URL (scheme, host, port, optional path prefix).</param>
/// <param name="SigningName">The SigV4 service name (eks, iam, states, ec2, sts).</param>
/// <param name="SigningRegion">The SigV4 region (us-east-1 for IAM in the aws partition).</param>
public sealed record AwsServiceEndpoint(string ServiceId, Uri Url, string SigningName, string SigningRegion);
