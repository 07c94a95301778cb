using EksProvisioner.Aws;
using EksProvisioner.Aws.Iam;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;

namespace EksProvisioner.Workflow.Support;

/// <summary>
/// Creates (or adopts) one IAM role trusted by an AWS service, tagged in CreateRole, and attaches its
/// managed policies (AttachRolePolicy is idempotent, so a second run changes nothing). With a permissions
/// boundary ARN (the stack's PermissionsBoundaryArn) the role is created with it.
/// </summary>
internal static class RoleMaker
{
    public static async Task<RoleInfo> EnsureAsync(
        IIamClient iam,
        EnvironmentInfo environment,
        string roleName,
        string trustedService,
        IReadOnlyList<string> managedPolicyNames,
        string? permissionsBoundaryArn,
        CancellationToken cancellationToken)
    {
        var trust = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"{{trustedService}}"},"Action":["sts:AssumeRole","sts:TagSession"]}]}""";
        var role = await AwsIdioms.CreateOrAdoptAsync(
            async ct => (await iam.CreateRoleAsync(
                new CreateRoleRequest
                {
                    RoleName = roleName,
                    AssumeRolePolicyDocument = trust,
                    Description = $"EksProvisioner environment {environment.Name}",

                    // The stack's policy allows CreateRole only with this boundary when one is configured.
                    PermissionsBoundary = string.IsNullOrEmpty(permissionsBoundaryArn) ? null : permissionsBoundaryArn,
                    Tags = [.. environment.Tags.Select(t => new Tag { Key = t.Key, Value = t.Value })],
                },
                ct)).Role,
            async ct =>
            {
                var existing = (await iam.GetRoleAsync(new GetRoleRequest { RoleName = roleName }, ct)).Role;
                var tags = new Dictionary<string, string>(StringComparer.Ordinal);
                await foreach (var tag in iam.ListAllRoleTagsAsync(roleName, ct))
                {
                    tags[tag.Key ?? string.Empty] = tag.Value ?? string.Empty;
                }

                return new OwnedResource<Role?>(existing, tags);
            },
            environment.Name,
            $"IAM role {roleName}",
            cancellationToken);

        foreach (var policy in managedPolicyNames)
        {
            await iam.AttachRolePolicyAsync(
                new AttachRolePolicyRequest { RoleName = roleName, PolicyArn = AwsPartition.ManagedPolicyArn(environment.Region, policy) },
                cancellationToken);
        }

        var arn = StageError.Required(role?.Arn, $"the ARN of role {roleName}");
        return new RoleInfo(roleName, arn);
    }

    /// <summary>True when <paramref name="tags"/> say the resource belongs to <paramref name="environment"/>.</summary>
    public static bool IsOwned(IReadOnlyDictionary<string, string>? tags, string environment) =>
        tags is not null && tags.TryGetValue(TagKeys.Environment, out var owner) && owner == environment;
}
