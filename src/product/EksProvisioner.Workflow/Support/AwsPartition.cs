namespace EksProvisioner.Workflow.Support;

/// <summary>The ARN partition of a region (managed policy ARNs differ between partitions).</summary>
public static class AwsPartition
{
    public static string Of(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (region.StartsWith("cn-", StringComparison.Ordinal))
        {
            return "aws-cn";
        }

        return region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov" : "aws";
    }

    /// <summary>The ARN of an AWS managed IAM policy.</summary>
    public static string ManagedPolicyArn(string region, string policyName) => $"arn:{Of(region)}:iam::aws:policy/{policyName}";
}
