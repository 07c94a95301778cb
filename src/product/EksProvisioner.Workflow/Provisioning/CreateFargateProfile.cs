using EksProvisioner.Aws;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// Stage CreateFargateProfile: one profile of the Map (which runs one at a time, as EKS allows only one
/// profile CREATING per cluster), in the private subnets, with the pod execution role.
/// </summary>
public sealed class CreateFargateProfile(IEksClient eks, TimeProvider timeProvider)
{
    public async Task<WaitedResource> RunAsync(FargateProfileInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var environment = input.Environment;
        var spec = input.FargateProfile;
        var cluster = StageError.Required(input.Resources.Cluster, "the cluster in $.resources").Name;
        var role = StageError.Required(input.Resources.NodeRoles.FargatePodExecutionRole, "the Fargate pod execution role in $.resources.nodeRoles");
        var profile = await AwsIdioms.CreateOrAdoptAsync(
            async ct => (await eks.CreateFargateProfileAsync(
                new CreateFargateProfileRequest
                {
                    ClusterName = cluster,
                    FargateProfileName = spec.Name,
                    PodExecutionRoleArn = role.RoleArn,
                    Subnets = input.Resources.Network.PrivateSubnetIds,
                    Selectors = [.. spec.Selectors.Select(s => new FargateProfileSelector { Namespace = s.Namespace, Labels = s.Labels.Count == 0 ? null : s.Labels })],
                    Tags = environment.Tags,
                    ClientRequestToken = IdempotencyTokens.For(environment.Name, environment.CreatedAt, "fargate/" + spec.Name),
                },
                ct)).FargateProfile,
            async ct =>
            {
                var existing = (await eks.DescribeFargateProfileAsync(
                    new DescribeFargateProfileRequest { ClusterName = cluster, FargateProfileName = spec.Name }, ct)).FargateProfile;
                return EksOwnership.Owned(existing, existing?.Tags);
            },
            environment.Name,
            $"Fargate profile {spec.Name} of cluster {cluster}",
            cancellationToken);

        var created = StageError.Required(profile, "the Fargate profile");
        return StartedResource.Of(cluster, spec.Name, "the Fargate profile", created.FargateProfileArn, created.Status, created.CreatedAt, timeProvider);
    }
}
