using EksProvisioner.Aws;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// Stage CreateCluster: asks EKS for the control plane (tags and an idempotency token in the same call)
/// and returns at once; CheckCluster waits. Right after the role is made EKS may not be able to assume
/// it yet: that surfaces as IamRoleNotReadyException, which the state machine retries.
/// </summary>
public sealed class CreateCluster(IEksClient eks, TimeProvider timeProvider, NameScope scope)
{
    public async Task<ClusterInfo> RunAsync(ClusterStageInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var environment = input.Environment;
        var request = input.Request;
        var network = input.Resources.Network;
        var name = scope.For(environment.Name).Cluster;
        var cluster = await AwsIdioms.CreateOrAdoptAsync(
            async ct => (await eks.CreateClusterAsync(
                new CreateClusterRequest
                {
                    Name = name,
                    Version = request.KubernetesVersion,
                    RoleArn = input.Resources.ClusterRole.RoleArn,
                    ResourcesVpcConfig = new VpcConfigRequest
                    {
                        SubnetIds = [.. network.PublicSubnetIds, .. network.PrivateSubnetIds],
                        SecurityGroupIds = [network.SecurityGroupId],
                        EndpointPublicAccess = request.Cluster.EndpointPublicAccess,
                        EndpointPrivateAccess = request.Cluster.EndpointPrivateAccess,
                        PublicAccessCidrs = request.Cluster.EndpointPublicAccess ? request.Cluster.PublicAccessCidrs : null,
                    },
                    Logging = request.Cluster.LogTypes.Count == 0
                        ? null
                        : new Logging { ClusterLogging = [new LogSetup { Types = request.Cluster.LogTypes, Enabled = true }] },
                    AccessConfig = new CreateAccessConfigRequest
                    {
                        AuthenticationMode = request.Cluster.AuthenticationMode == AuthenticationMode.Api ? "API" : "API_AND_CONFIG_MAP",
                        // The creator is this stage's Lambda role: no later stage talks to the cluster's API with it,
                        // so it gets no admin entry; the people who asked get theirs from CreateAccessEntries.
                        BootstrapClusterCreatorAdminPermissions = false,
                    },
                    ClientRequestToken = IdempotencyTokens.For(environment.Name, environment.CreatedAt, "cluster"),
                    Tags = environment.Tags,
                },
                ct)).Cluster,
            async ct =>
            {
                var existing = (await eks.DescribeClusterAsync(new DescribeClusterRequest { Name = name }, ct)).Cluster;
                return EksOwnership.Owned(existing, existing?.Tags);
            },
            environment.Name,
            $"EKS cluster {name}",
            cancellationToken);

        var created = StageError.Required(cluster, "the cluster");
        return new ClusterInfo(
            name,
            StageError.Required(created.Arn, "the cluster ARN"),
            created.Status ?? "CREATING",
            created.Endpoint,
            created.CertificateAuthority?.Data,
            created.CreatedAt ?? timeProvider.GetUtcNow(),
            Done: false,
            WaitSeconds: WaitMath.MinSeconds);
    }
}
