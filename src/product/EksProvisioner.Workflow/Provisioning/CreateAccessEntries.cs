using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Access;
using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// Stage CreateAccessEntries: an access entry per admin principal (tagged, with an idempotency token)
/// and AmazonEKSClusterAdminPolicy associated at cluster scope. An entry that exists already is kept:
/// it lives inside our own cluster, so it is ours; AssociateAccessPolicy is idempotent.
/// </summary>
public sealed class CreateAccessEntries(IEksClient eks)
{
    public static string AdminPolicyArn(string region) =>
        $"arn:{AwsPartition.Of(region)}:eks::aws:cluster-access-policy/{AccessPolicies.ClusterAdmin}";

    public async Task<AccessEntriesInfo> RunAsync(ClusterStageInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var environment = input.Environment;
        var cluster = StageError.Required(input.Resources.Cluster, "the cluster in $.resources").Name;
        var policy = AdminPolicyArn(environment.Region);
        var entries = new List<AccessEntryInfo>();
        foreach (var principal in input.Request.Access.AdminPrincipalArns)
        {
            string? arn;
            try
            {
                var created = await eks.CreateAccessEntryAsync(
                    new CreateAccessEntryRequest
                    {
                        ClusterName = cluster,
                        PrincipalArn = principal,
                        Type = "STANDARD",
                        Tags = environment.Tags,
                        ClientRequestToken = IdempotencyTokens.For(environment.Name, environment.CreatedAt, "access/" + principal),
                    },
                    cancellationToken);
                arn = created.AccessEntry?.AccessEntryArn;
            }
            catch (AwsResourceAlreadyExistsException)
            {
                arn = null;
            }

            await eks.AssociateAccessPolicyAsync(
                new AssociateAccessPolicyRequest
                {
                    ClusterName = cluster,
                    PrincipalArn = principal,
                    PolicyArn = policy,
                    AccessScope = new AccessScope { Type = "cluster" },
                },
                cancellationToken);
            entries.Add(new AccessEntryInfo(principal, arn, policy));
        }

        return new AccessEntriesInfo(cluster, entries);
    }
}
