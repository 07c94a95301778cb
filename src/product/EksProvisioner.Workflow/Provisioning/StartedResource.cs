using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// What a create stage of a waited resource (node group, Fargate profile) answers: the resource as EKS
/// reported it, not yet done, checked again after the shortest wait. A missing status or creation time
/// (an adopted resource described mid-flight) counts as just created.
/// </summary>
internal static class StartedResource
{
    public static WaitedResource Of(
        string cluster, string name, string what, string? arn, string? status, DateTimeOffset? createdAt, TimeProvider timeProvider) =>
        new(
            cluster,
            name,
            StageError.Required(arn, what + " ARN"),
            status ?? "CREATING",
            createdAt ?? timeProvider.GetUtcNow(),
            Done: false,
            WaitSeconds: WaitMath.MinSeconds);
}
