using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Planning;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// Stage CheckAddons: done when every add-on is ACTIVE or DEGRADED. DEGRADED is accepted because
/// add-ons such as coredns stay degraded until nodes exist, and the node groups are created alongside.
/// CREATE_FAILED ends in ResourceFailedException with the health issues.
/// </summary>
public sealed class CheckAddons(IEksClient eks, TimeProvider timeProvider)
{
    public async Task<AddonsInfo> RunAsync(CheckAddonsInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var known = input.Addons;
        var current = new List<AddonInfo>();
        foreach (var addon in known.Addons)
        {
            var described = StageError.Required(
                (await eks.DescribeAddonAsync(new DescribeAddonRequest { ClusterName = known.ClusterName, AddonName = addon.Name }, cancellationToken)).Addon,
                "the add-on");
            var status = described.Status ?? "CREATING";
            if (status is "CREATE_FAILED" or "DELETING" or "DELETE_FAILED")
            {
                throw new ResourceFailedException(
                    $"add-on {addon.Name} of cluster {known.ClusterName} is {status}: {EksOwnership.Issues(described.Health?.Issues?.Select(i => (i.Code, i.Message)))}");
            }

            current.Add(addon with { Status = status, Version = described.AddonVersion ?? addon.Version });
        }

        if (current.All(a => a.Status is "ACTIVE" or "DEGRADED"))
        {
            return known with { Addons = current, Done = true, WaitSeconds = 0 };
        }

        var wait = WaitMath.NextWaitSeconds(
            LatencyTable.For(ResourceTypes.Addon), known.StartedAt, timeProvider.GetUtcNow(), $"add-ons of cluster {known.ClusterName}", input.Environment.ProvisioningDeadline);
        return known with { Addons = current, Done = false, WaitSeconds = wait };
    }
}
