using EksProvisioner.Aws;
using EksProvisioner.Aws.Iam;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Teardown;

/// <summary>
/// Teardown phase DeleteRoles: the cluster, node and Fargate roles by their deterministic names, only
/// when they carry the environment's tag; managed policies are detached and inline ones deleted first
/// (IAM refuses to delete a role that still has them).
/// </summary>
public sealed class DeleteRoles(IIamClient iam, NameScope scope)
{
    public async Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var deleted = new List<string>();
        foreach (var roleName in scope.For(input.EnvironmentName).Roles)
        {
            if (!await IsOwnedAsync(iam, roleName, input.EnvironmentName, cancellationToken))
            {
                continue;
            }

            var attached = new List<string>();
            await foreach (var policy in iam.ListAllAttachedRolePoliciesAsync(roleName, cancellationToken))
            {
                attached.Add(policy.PolicyArn!);
            }

            foreach (var policyArn in attached)
            {
                await AwsIdioms.DeleteIfExistsAsync(
                    ct => iam.DetachRolePolicyAsync(new DetachRolePolicyRequest { RoleName = roleName, PolicyArn = policyArn }, ct), cancellationToken);
            }

            var inline = new List<string>();
            await foreach (var policyName in iam.ListAllRolePoliciesAsync(roleName, cancellationToken))
            {
                inline.Add(policyName);
            }

            foreach (var policyName in inline)
            {
                await AwsIdioms.DeleteIfExistsAsync(
                    ct => iam.DeleteRolePolicyAsync(new DeleteRolePolicyRequest { RoleName = roleName, PolicyName = policyName }, ct), cancellationToken);
            }

            if (await AwsIdioms.DeleteIfExistsAsync(ct => iam.DeleteRoleAsync(new DeleteRoleRequest { RoleName = roleName }, ct), cancellationToken))
            {
                deleted.Add(TeardownItems.Describe("iam-role", roleName));
            }
        }

        return new PhaseResult(true, 0, TeardownItems.Merge(input.Deleted, deleted));
    }

    /// <summary>True when the role exists and carries the environment's tag.</summary>
    internal static async Task<bool> IsOwnedAsync(IIamClient iam, string roleName, string environment, CancellationToken ct)
    {
        try
        {
            await foreach (var tag in iam.ListAllRoleTagsAsync(roleName, ct))
            {
                if (tag.Key == TagKeys.Environment)
                {
                    return tag.Value == environment;
                }
            }

            return false;
        }
        catch (AwsResourceNotFoundException)
        {
            return false;
        }
    }
}
