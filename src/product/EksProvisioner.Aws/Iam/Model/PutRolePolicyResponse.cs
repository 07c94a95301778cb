namespace EksProvisioner.Aws.Iam;

/// <summary>The output of IAM PutRolePolicy (botocore model iam 2010-05-08).</summary>
public sealed record PutRolePolicyResponse;
