namespace EksProvisioner.Aws.Iam;

/// <summary>The output of IAM TagRole (botocore model iam 2010-05-08).</summary>
public sealed record TagRoleResponse;
