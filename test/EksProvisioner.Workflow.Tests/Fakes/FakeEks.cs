using EksProvisioner.Aws.Eks;
using EksProvisioner.Aws.Protocol;
using EksProvisioner.Core.Errors;

namespace EksProvisioner.Workflow.Tests.Fakes;

/// <summary>
/// Stands for EKS in one account and region: clusters, node groups, Fargate profiles, add-ons and
/// access entries with their tags and statuses. Creates start CREATING at the fake clock's time and stay
/// there until a test moves them on; deletes go DELETING until <see cref="FinishDeletions"/> (or at once
/// with <see cref="DeleteImmediately"/>). Errors are EKS's, already mapped to the Core taxonomy:
/// ResourceInUseException on create (already exists) and on delete (dependency), ResourceNotFoundException.
/// </summary>
internal sealed class FakeEks(TimeProvider time) : IEksClient
{
    /// <summary>Only the typed methods below stand for EKS; any other operation is not faked.</summary>
    public Task<TResponse> SendAsync<TResponse>(AwsOperation operation, object request, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{operation.Name} is not faked.");

    public Dictionary<string, Cluster> Clusters { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Cluster, string Name), Nodegroup> Nodegroups { get; } = [];

    public Dictionary<(string Cluster, string Name), FargateProfile> FargateProfiles { get; } = [];

    public Dictionary<(string Cluster, string Name), Addon> Addons { get; } = [];

    public Dictionary<(string Cluster, string Principal), AccessEntry> AccessEntries { get; } = [];

    public List<(string Cluster, string Principal, string Policy)> AccessPolicies { get; } = [];

    /// <summary>Every call, as "Operation target", in order.</summary>
    public List<string> Calls { get; } = [];

    /// <summary>Every clientRequestToken received.</summary>
    public List<string> Tokens { get; } = [];

    public bool DeleteImmediately { get; set; }

    /// <summary>Removes everything that is DELETING, as EKS does when a delete completes.</summary>
    public void FinishDeletions()
    {
        foreach (var key in Nodegroups.Where(n => n.Value.Status == "DELETING").Select(n => n.Key).ToList())
        {
            Nodegroups.Remove(key);
        }

        foreach (var key in FargateProfiles.Where(n => n.Value.Status == "DELETING").Select(n => n.Key).ToList())
        {
            FargateProfiles.Remove(key);
        }

        foreach (var key in Addons.Where(n => n.Value.Status == "DELETING").Select(n => n.Key).ToList())
        {
            Addons.Remove(key);
        }

        foreach (var key in Clusters.Where(n => n.Value.Status == "DELETING").Select(n => n.Key).ToList())
        {
            Clusters.Remove(key);
            foreach (var entry in AccessEntries.Keys.Where(k => k.Cluster == key).ToList())
            {
                AccessEntries.Remove(entry);
            }
        }
    }

    /// <summary>Moves everything CREATING to ACTIVE, as EKS does when creation completes; clusters get an endpoint and certificate.</summary>
    public void ActivateAll()
    {
        foreach (var (key, cluster) in Clusters.Where(c => c.Value.Status == "CREATING").ToList())
        {
            Clusters[key] = cluster with
            {
                Status = "ACTIVE",
                Endpoint = $"https://{key.ToUpperInvariant()}.gr7.us-east-1.eks.amazonaws.com",
                CertificateAuthority = new Certificate { Data = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" },
            };
        }

        foreach (var (key, nodegroup) in Nodegroups.Where(c => c.Value.Status == "CREATING").ToList())
        {
            Nodegroups[key] = nodegroup with { Status = "ACTIVE" };
        }

        foreach (var (key, profile) in FargateProfiles.Where(c => c.Value.Status == "CREATING").ToList())
        {
            FargateProfiles[key] = profile with { Status = "ACTIVE" };
        }

        foreach (var (key, addon) in Addons.Where(c => c.Value.Status == "CREATING").ToList())
        {
            Addons[key] = addon with { Status = "ACTIVE" };
        }
    }

    public Task<CreateClusterResponse> CreateClusterAsync(CreateClusterRequest request, CancellationToken cancellationToken = default)
    {
        Record("CreateCluster " + request.Name, request.ClientRequestToken);
        if (Clusters.ContainsKey(request.Name!))
        {
            throw new AwsResourceAlreadyExistsException($"Cluster already exists with name: {request.Name}");
        }

        var cluster = new Cluster
        {
            Name = request.Name,
            Arn = $"arn:aws:eks:us-east-1:123456789012:cluster/{request.Name}",
            Status = "CREATING",
            CreatedAt = time.GetUtcNow(),
            Version = request.Version,
            RoleArn = request.RoleArn,
            Tags = request.Tags,
            AccessConfig = new AccessConfigResponse
            {
                AuthenticationMode = request.AccessConfig?.AuthenticationMode,
                BootstrapClusterCreatorAdminPermissions = request.AccessConfig?.BootstrapClusterCreatorAdminPermissions,
            },
        };
        Clusters[cluster.Name!] = cluster;
        return Task.FromResult(new CreateClusterResponse { Cluster = cluster });
    }

    public Task<DescribeClusterResponse> DescribeClusterAsync(DescribeClusterRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DescribeClusterResponse { Cluster = Cluster(request.Name) });

    public Task<DeleteClusterResponse> DeleteClusterAsync(DeleteClusterRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add("DeleteCluster " + request.Name);
        var cluster = Cluster(request.Name);
        if (Nodegroups.Keys.Any(k => k.Cluster == request.Name) || FargateProfiles.Keys.Any(k => k.Cluster == request.Name))
        {
            throw new DependencyStillPresentException($"Cluster has nodegroups or Fargate profiles attached: {request.Name}");
        }

        Clusters[cluster.Name!] = cluster with { Status = "DELETING" };
        if (DeleteImmediately)
        {
            FinishDeletions();
        }

        return Task.FromResult(new DeleteClusterResponse { Cluster = cluster });
    }

    public Task<ListClustersResponse> ListClustersAsync(ListClustersRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ListClustersResponse { Clusters = [.. Clusters.Keys] });

    public Task<CreateNodegroupResponse> CreateNodegroupAsync(CreateNodegroupRequest request, CancellationToken cancellationToken = default)
    {
        Record($"CreateNodegroup {request.ClusterName}/{request.NodegroupName}", request.ClientRequestToken);
        Cluster(request.ClusterName);
        var key = (request.ClusterName!, request.NodegroupName!);
        if (Nodegroups.ContainsKey(key))
        {
            throw new AwsResourceAlreadyExistsException($"NodeGroup already exists with name {request.NodegroupName}");
        }

        var nodegroup = new Nodegroup
        {
            ClusterName = request.ClusterName,
            NodegroupName = request.NodegroupName,
            NodegroupArn = $"arn:aws:eks:us-east-1:123456789012:nodegroup/{request.ClusterName}/{request.NodegroupName}/1",
            Status = "CREATING",
            CreatedAt = time.GetUtcNow(),
            Subnets = request.Subnets,
            NodeRole = request.NodeRole,
            InstanceTypes = request.InstanceTypes,
            ScalingConfig = request.ScalingConfig,
            Taints = request.Taints,
            Labels = request.Labels,
            Tags = request.Tags,
        };
        Nodegroups[key] = nodegroup;
        return Task.FromResult(new CreateNodegroupResponse { Nodegroup = nodegroup });
    }

    public Task<DescribeNodegroupResponse> DescribeNodegroupAsync(DescribeNodegroupRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DescribeNodegroupResponse { Nodegroup = Find(Nodegroups, request.ClusterName, request.NodegroupName, "Nodegroup") });

    public Task<DeleteNodegroupResponse> DeleteNodegroupAsync(DeleteNodegroupRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add($"DeleteNodegroup {request.ClusterName}/{request.NodegroupName}");
        var nodegroup = Find(Nodegroups, request.ClusterName, request.NodegroupName, "Nodegroup");
        Nodegroups[(request.ClusterName!, request.NodegroupName!)] = nodegroup with { Status = "DELETING" };
        Settle();
        return Task.FromResult(new DeleteNodegroupResponse { Nodegroup = nodegroup });
    }

    public Task<ListNodegroupsResponse> ListNodegroupsAsync(ListNodegroupsRequest request, CancellationToken cancellationToken = default)
    {
        Cluster(request.ClusterName);
        return Task.FromResult(new ListNodegroupsResponse { Nodegroups = [.. Nodegroups.Keys.Where(k => k.Cluster == request.ClusterName).Select(k => k.Name)] });
    }

    public Task<UpdateNodegroupConfigResponse> UpdateNodegroupConfigAsync(UpdateNodegroupConfigRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The workflow never updates node groups.");

    public Task<CreateFargateProfileResponse> CreateFargateProfileAsync(CreateFargateProfileRequest request, CancellationToken cancellationToken = default)
    {
        Record($"CreateFargateProfile {request.ClusterName}/{request.FargateProfileName}", request.ClientRequestToken);
        Cluster(request.ClusterName);
        var key = (request.ClusterName!, request.FargateProfileName!);
        if (FargateProfiles.ContainsKey(key))
        {
            throw new AwsResourceAlreadyExistsException($"A Fargate Profile already exists with this name: {request.FargateProfileName}");
        }

        var profile = new FargateProfile
        {
            ClusterName = request.ClusterName,
            FargateProfileName = request.FargateProfileName,
            FargateProfileArn = $"arn:aws:eks:us-east-1:123456789012:fargateprofile/{request.ClusterName}/{request.FargateProfileName}/1",
            Status = "CREATING",
            CreatedAt = time.GetUtcNow(),
            Subnets = request.Subnets,
            PodExecutionRoleArn = request.PodExecutionRoleArn,
            Selectors = request.Selectors,
            Tags = request.Tags,
        };
        FargateProfiles[key] = profile;
        return Task.FromResult(new CreateFargateProfileResponse { FargateProfile = profile });
    }

    public Task<DescribeFargateProfileResponse> DescribeFargateProfileAsync(DescribeFargateProfileRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DescribeFargateProfileResponse { FargateProfile = Find(FargateProfiles, request.ClusterName, request.FargateProfileName, "Fargate Profile") });

    public Task<DeleteFargateProfileResponse> DeleteFargateProfileAsync(DeleteFargateProfileRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add($"DeleteFargateProfile {request.ClusterName}/{request.FargateProfileName}");
        var profile = Find(FargateProfiles, request.ClusterName, request.FargateProfileName, "Fargate Profile");
        if (FargateProfiles.Values.Any(p => p.ClusterName == request.ClusterName && p.Status == "DELETING"))
        {
            throw new DependencyStillPresentException("Cannot delete because another Fargate profile is DELETING");
        }

        FargateProfiles[(request.ClusterName!, request.FargateProfileName!)] = profile with { Status = "DELETING" };
        Settle();
        return Task.FromResult(new DeleteFargateProfileResponse { FargateProfile = profile });
    }

    public Task<ListFargateProfilesResponse> ListFargateProfilesAsync(ListFargateProfilesRequest request, CancellationToken cancellationToken = default)
    {
        Cluster(request.ClusterName);
        return Task.FromResult(new ListFargateProfilesResponse
        {
            FargateProfileNames = [.. FargateProfiles.Keys.Where(k => k.Cluster == request.ClusterName).Select(k => k.Name)],
        });
    }

    public Task<CreateAddonResponse> CreateAddonAsync(CreateAddonRequest request, CancellationToken cancellationToken = default)
    {
        Record($"CreateAddon {request.ClusterName}/{request.AddonName}", request.ClientRequestToken);
        Cluster(request.ClusterName);
        var key = (request.ClusterName!, request.AddonName!);
        if (Addons.ContainsKey(key))
        {
            throw new AwsResourceAlreadyExistsException($"Addon already exists with name: {request.AddonName}");
        }

        var addon = new Addon
        {
            ClusterName = request.ClusterName,
            AddonName = request.AddonName,
            AddonArn = $"arn:aws:eks:us-east-1:123456789012:addon/{request.ClusterName}/{request.AddonName}/1",
            AddonVersion = request.AddonVersion ?? "v1.0.0-eksbuild.1",
            Status = "CREATING",
            CreatedAt = time.GetUtcNow(),
            Tags = request.Tags,
        };
        Addons[key] = addon;
        return Task.FromResult(new CreateAddonResponse { Addon = addon });
    }

    public Task<DescribeAddonResponse> DescribeAddonAsync(DescribeAddonRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DescribeAddonResponse { Addon = Find(Addons, request.ClusterName, request.AddonName, "Addon") });

    public Task<DeleteAddonResponse> DeleteAddonAsync(DeleteAddonRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add($"DeleteAddon {request.ClusterName}/{request.AddonName}");
        var addon = Find(Addons, request.ClusterName, request.AddonName, "Addon");
        Addons[(request.ClusterName!, request.AddonName!)] = addon with { Status = "DELETING" };
        Settle();
        return Task.FromResult(new DeleteAddonResponse { Addon = addon });
    }

    public Task<ListAddonsResponse> ListAddonsAsync(ListAddonsRequest request, CancellationToken cancellationToken = default)
    {
        Cluster(request.ClusterName);
        return Task.FromResult(new ListAddonsResponse { Addons = [.. Addons.Keys.Where(k => k.Cluster == request.ClusterName).Select(k => k.Name)] });
    }

    public Task<CreateAccessEntryResponse> CreateAccessEntryAsync(CreateAccessEntryRequest request, CancellationToken cancellationToken = default)
    {
        Record($"CreateAccessEntry {request.ClusterName}/{request.PrincipalArn}", request.ClientRequestToken);
        Cluster(request.ClusterName);
        var key = (request.ClusterName!, request.PrincipalArn!);
        if (AccessEntries.ContainsKey(key))
        {
            throw new AwsResourceAlreadyExistsException($"The specified access entry resource is already in use on this cluster.");
        }

        var entry = new AccessEntry
        {
            ClusterName = request.ClusterName,
            PrincipalArn = request.PrincipalArn,
            AccessEntryArn = $"arn:aws:eks:us-east-1:123456789012:access-entry/{request.ClusterName}/role/{AccessEntries.Count + 1}",
            Tags = request.Tags,
            Type = request.Type,
        };
        AccessEntries[key] = entry;
        return Task.FromResult(new CreateAccessEntryResponse { AccessEntry = entry });
    }

    public Task<DeleteAccessEntryResponse> DeleteAccessEntryAsync(DeleteAccessEntryRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add($"DeleteAccessEntry {request.ClusterName}/{request.PrincipalArn}");
        if (!AccessEntries.Remove((request.ClusterName!, request.PrincipalArn!)))
        {
            throw new AwsResourceNotFoundException("The specified access entry resource could not be found.");
        }

        return Task.FromResult(new DeleteAccessEntryResponse());
    }

    public Task<AssociateAccessPolicyResponse> AssociateAccessPolicyAsync(AssociateAccessPolicyRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add($"AssociateAccessPolicy {request.ClusterName}/{request.PrincipalArn}");
        if (!AccessEntries.ContainsKey((request.ClusterName!, request.PrincipalArn!)))
        {
            throw new AwsResourceNotFoundException("The specified access entry resource could not be found.");
        }

        var association = (request.ClusterName!, request.PrincipalArn!, request.PolicyArn!);
        if (!AccessPolicies.Contains(association))
        {
            AccessPolicies.Add(association);
        }

        return Task.FromResult(new AssociateAccessPolicyResponse { ClusterName = request.ClusterName, PrincipalArn = request.PrincipalArn });
    }

    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Stages tag in the create call, never afterwards.");

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Stages read tags from describe calls.");

    private void Record(string call, string? token)
    {
        Calls.Add(call);
        if (token is not null)
        {
            Tokens.Add(token);
        }
    }

    private void Settle()
    {
        if (DeleteImmediately)
        {
            FinishDeletions();
        }
    }

    private Cluster Cluster(string? name) =>
        Clusters.TryGetValue(name ?? string.Empty, out var cluster) ? cluster : throw new AwsResourceNotFoundException($"No cluster found for name: {name}.");

    private static T Find<T>(Dictionary<(string, string), T> items, string? cluster, string? name, string what) =>
        items.TryGetValue((cluster ?? string.Empty, name ?? string.Empty), out var item)
            ? item
            : throw new AwsResourceNotFoundException($"No {what} found for name: {name}.");
}
