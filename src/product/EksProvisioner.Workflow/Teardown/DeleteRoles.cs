using EksProvisioner.Aws;
using EksProvisioner.Aws.Iam;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Teardown;

/// <summary>
/// Teardown phase DeleteRoles: the cluster, node and Fargate roles by their deterministic names, only
/// when they are in the teardown's scope; managed policies are detached and inline ones deleted first
/// (IAM refuses to delete a role that still has them). A role IAM still refuses (DeleteConflict) is
/// reported and retried on a later pass without holding up the others.
/// </summary>
public sealed class DeleteRoles(IIamClient iam, NameScope scope)
{
    public async Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var within = TeardownScope.Of(input);
        var pass = new TeardownPass(input, cancellationToken);
        foreach (var roleName in scope.For(input.EnvironmentName).Roles)
        {
            if (await IsOwnedAsync(iam, roleName, within, cancellationToken))
            {
                await pass.DeleteAsync("iam-role", roleName, ct => DeleteRoleAsync(roleName, ct));
            }
        }

        return pass.Result();
    }

    private async Task DeleteRoleAsync(string roleName, CancellationToken cancellationToken)
    {
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

        await iam.DeleteRoleAsync(new DeleteRoleRequest { RoleName = roleName }, cancellationToken);
    }

    /// <summary>True when the role exists and is in <paramref name="scope"/> (by its tags).</summary>
    internal static async Task<bool> IsOwnedAsync(IIamClient iam, string roleName, TeardownScope scope, CancellationToken ct)
    {
        try
        {
            var tags = new Dictionary<string, string>(StringComparer.Ordinal);
            await foreach (var tag in iam.ListAllRoleTagsAsync(roleName, ct))
            {
                tags[tag.Key ?? string.Empty] = tag.Value ?? string.Empty;
            }

            return scope.Includes(tags);
        }
        catch (AwsResourceNotFoundException)
        {
            return false;
        }
    }
}
