namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS UntagResource (botocore model eks 2017-11-01).</summary>
public sealed record UntagResourceResponse;
