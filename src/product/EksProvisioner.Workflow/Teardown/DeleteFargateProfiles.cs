using EksProvisioner.Aws;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Teardown;

/// <summary>
/// Teardown phase DeleteFargateProfiles: EKS allows one profile CREATING or DELETING per cluster, so
/// each pass deletes at most one profile, and only when none is in flight; done when none is left.
/// </summary>
public sealed class DeleteFargateProfiles(IEksClient eks, NameScope scope)
{
    public Task<PhaseResult> RunAsync(TeardownInput input, CancellationToken cancellationToken = default) =>
        ClusterChildren.OfOwnedClusterAsync(eks, scope, input, clusterName => PassAsync(input, clusterName, cancellationToken), cancellationToken);

    private async Task<PhaseResult> PassAsync(TeardownInput input, string clusterName, CancellationToken cancellationToken)
    {
        var profiles = new List<FargateProfile>();
        await foreach (var name in eks.ListAllFargateProfilesAsync(clusterName, cancellationToken))
        {
            var described = await eks.DescribeFargateProfileAsync(
                new DescribeFargateProfileRequest { ClusterName = clusterName, FargateProfileName = name }, cancellationToken);
            profiles.Add(described.FargateProfile ?? new FargateProfile { FargateProfileName = name });
        }

        if (profiles.Count == 0)
        {
            return ClusterChildren.Done(input);
        }

        var deleted = new List<string>();
        if (!profiles.Any(p => p.Status is "DELETING" or "CREATING"))
        {
            var next = profiles[0].FargateProfileName!;
            if (await AwsIdioms.DeleteIfExistsAsync(
                ct => eks.DeleteFargateProfileAsync(new DeleteFargateProfileRequest { ClusterName = clusterName, FargateProfileName = next }, ct),
                cancellationToken))
            {
                deleted.Add(TeardownItems.Describe("fargate-profile", clusterName + "/" + next));
            }
        }

        return new PhaseResult(false, TeardownWaits.FargateProfileSeconds, TeardownItems.Merge(input.Deleted, deleted));
    }
}
