namespace EksProvisioner.AwsSimulator.Iam;

/// <summary>What EKS asks IAM: when a role was created, to model IAM's eventual consistency.</summary>
internal interface IRoleDirectory
{
    /// <summary>The creation time of the role with this ARN, or null when there is no such role.</summary>
    DateTimeOffset? RoleCreatedAt(string roleArn);
}
