using EksProvisioner.Aws;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// Stage CreateAddons: every requested add-on (OVERWRITE conflicts, tags and idempotency token in the
/// create call); CheckAddons waits until all are settled. No add-ons: done at once.
/// </summary>
public sealed class CreateAddons(IEksClient eks, TimeProvider timeProvider)
{
    /// <summary>EKS's conflict policy: our settings win over fields a self-managed install left behind.</summary>
    public const string ResolveConflicts = "OVERWRITE";

    public async Task<AddonsInfo> RunAsync(ClusterStageInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var environment = input.Environment;
        var cluster = StageError.Required(input.Resources.Cluster, "the cluster in $.resources").Name;
        var now = timeProvider.GetUtcNow();
        var addons = new List<AddonInfo>();
        foreach (var spec in input.Request.Addons)
        {
            var addon = await AwsIdioms.CreateOrAdoptAsync(
                async ct => (await eks.CreateAddonAsync(
                    new CreateAddonRequest
                    {
                        ClusterName = cluster,
                        AddonName = spec.Name,
                        AddonVersion = spec.Version,
                        ResolveConflicts = ResolveConflicts,
                        Tags = environment.Tags,
                        ClientRequestToken = IdempotencyTokens.For(environment.Name, environment.CreatedAt, "addon/" + spec.Name),
                    },
                    ct)).Addon,
                async ct =>
                {
                    var existing = (await eks.DescribeAddonAsync(new DescribeAddonRequest { ClusterName = cluster, AddonName = spec.Name }, ct)).Addon;
                    return EksOwnership.Owned(existing, existing?.Tags);
                },
                environment.Name,
                $"add-on {spec.Name} of cluster {cluster}",
                cancellationToken);
            var created = StageError.Required(addon, "the add-on");
            addons.Add(new AddonInfo(
                spec.Name, StageError.Required(created.AddonArn, "the add-on ARN"), created.Status ?? "CREATING", created.AddonVersion, created.CreatedAt ?? now));
        }

        return new AddonsInfo(
            cluster, addons, addons.Select(a => a.CreatedAt).DefaultIfEmpty(now).Min(), Done: addons.Count == 0, WaitSeconds: WaitMath.MinSeconds);
    }
}
