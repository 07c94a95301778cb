using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Planning;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>Stage CheckFargateProfile: done when ACTIVE; CREATE_FAILED (or a profile being deleted) ends in ResourceFailedException.</summary>
public sealed class CheckFargateProfile(IEksClient eks, TimeProvider timeProvider)
{
    public async Task<WaitedResource> RunAsync(CheckWaitedInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var known = input.Created;
        var profile = StageError.Required(
            (await eks.DescribeFargateProfileAsync(
                new DescribeFargateProfileRequest { ClusterName = known.ClusterName, FargateProfileName = known.Name }, cancellationToken)).FargateProfile,
            "the Fargate profile");
        var status = profile.Status ?? "CREATING";
        var current = known with { Status = status, CreatedAt = profile.CreatedAt ?? known.CreatedAt };
        return status switch
        {
            "ACTIVE" => current with { Done = true, WaitSeconds = 0 },
            "CREATE_FAILED" or "DELETING" or "DELETE_FAILED" => throw new ResourceFailedException(
                $"Fargate profile {known.Name} of cluster {known.ClusterName} is {status}: {EksOwnership.Issues(profile.Health?.Issues?.Select(i => (i.Code, i.Message)))}"),
            _ => current with
            {
                Done = false,
                WaitSeconds = WaitMath.NextWaitSeconds(
                    LatencyTable.For(ResourceTypes.FargateProfile), current.CreatedAt, timeProvider.GetUtcNow(), $"Fargate profile {known.Name} ({status})", input.Environment.ProvisioningDeadline),
            },
        };
    }
}
