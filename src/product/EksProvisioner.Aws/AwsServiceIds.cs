namespace EksProvisioner.Aws;

/// <summary>
/// The service ids from the botocore models. Upper-cased with spaces turned into underscores they
/// name the endpoint variables, as in <c>AWS_ENDPOINT_URL_SFN</c> and
/// <c>AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API</c>.
/// </summary>
public static class AwsServiceIds
{
    public const string Eks = "EKS";
    public const string Iam = "IAM";
    public const string StepFunctions = "SFN";
    public const string Ec2 = "EC2";
    public const string Sts = "STS";
    public const string ResourceGroupsTagging = "Resource Groups Tagging API";
    public const string Ssm = "SSM";
    public const string ElasticLoadBalancingV2 = "Elastic Load Balancing v2";
}
