using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Errors;
using EksProvisioner.Testing;

namespace EksProvisioner.Aws.Tests;

[Collection(MotoCollection.Name)]
public sealed class EksClientMotoTests(MotoServer moto) : IDisposable
{
    private readonly AwsClientFactory _factory = TestFactories.Moto(moto);

    public void Dispose() => _factory.Dispose();

    private IEksClient Eks => _factory.CreateEks();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<Cluster> CreateClusterAsync(string name)
    {
        var response = await Eks.CreateClusterAsync(
            new CreateClusterRequest
            {
                Name = name,
                Version = "1.31",
                RoleArn = "arn:aws:iam::123456789012:role/cluster",
                ResourcesVpcConfig = new VpcConfigRequest { SubnetIds = ["subnet-1", "subnet-2"], EndpointPublicAccess = true },
                Tags = new Dictionary<string, string> { [AwsTags.Environment] = "env-a" },
            },
            Token);
        return response.Cluster!;
    }

    [Fact]
    public async Task CreateCluster_NewName_DescribeAndListReturnIt()
    {
        var name = TestFactories.Unique("cluster");

        var created = await CreateClusterAsync(name);
        var described = await Eks.DescribeClusterAsync(new DescribeClusterRequest { Name = name }, Token);
        var listed = new List<string>();
        await foreach (var cluster in Eks.ListAllClustersAsync(Token))
        {
            listed.Add(cluster);
        }

        Assert.Equal(name, created.Name);
        Assert.Equal(created.Arn, described.Cluster!.Arn);
        Assert.Equal("1.31", described.Cluster.Version);
        Assert.Equal(["subnet-1", "subnet-2"], described.Cluster.ResourcesVpcConfig!.SubnetIds!);
        Assert.Equal("env-a", described.Cluster.Tags![AwsTags.Environment]);
        Assert.NotNull(described.Cluster.CreatedAt);
        Assert.Contains(name, listed);
    }

    [Fact]
    public async Task UpdateNodegroupConfig_Scaling_ReturnsUpdateIdAndDescribeShowsNewSize()
    {
        var name = TestFactories.Unique("scale");
        await CreateClusterAsync(name);
        await Eks.CreateNodegroupAsync(
            new CreateNodegroupRequest
            {
                ClusterName = name,
                NodegroupName = "ng",
                NodeRole = "arn:aws:iam::123456789012:role/node",
                Subnets = ["subnet-1"],
                ScalingConfig = new NodegroupScalingConfig { MinSize = 1, DesiredSize = 2, MaxSize = 4 },
            },
            Token);

        var response = await Eks.UpdateNodegroupConfigAsync(
            new UpdateNodegroupConfigRequest { ClusterName = name, NodegroupName = "ng", ScalingConfig = new NodegroupScalingConfig { MinSize = 1, DesiredSize = 3, MaxSize = 4 } },
            Token);
        var described = await Eks.DescribeNodegroupAsync(new DescribeNodegroupRequest { ClusterName = name, NodegroupName = "ng" }, Token);

        Assert.False(string.IsNullOrEmpty(response.Update!.Id));
        Assert.Equal(3, described.Nodegroup!.ScalingConfig!.DesiredSize);
    }

    [Fact]
    public async Task ListClusters_MaxResultsOne_PagesWithNextToken()
    {
        await CreateClusterAsync(TestFactories.Unique("paged"));
        await CreateClusterAsync(TestFactories.Unique("paged"));

        var first = await Eks.ListClustersAsync(new ListClustersRequest { MaxResults = 1 }, Token);
        var second = await Eks.ListClustersAsync(new ListClustersRequest { MaxResults = 1, NextToken = first.NextToken }, Token);

        Assert.Single(first.Clusters!);
        Assert.NotNull(first.NextToken);
        Assert.Single(second.Clusters!);
        Assert.NotEqual(first.Clusters![0], second.Clusters![0]);
    }

    [Fact]
    public async Task DescribeCluster_Missing_ThrowsAwsResourceNotFound()
    {
        var error = await Assert.ThrowsAsync<AwsResourceNotFoundException>(
            () => Eks.DescribeClusterAsync(new DescribeClusterRequest { Name = "missing-cluster" }, Token));

        Assert.Equal("ResourceNotFoundException", error.AwsErrorCode);
        Assert.Equal(404, error.HttpStatusCode);
        Assert.Equal("eks", error.Service);
        Assert.Equal("DescribeCluster", error.Operation);
    }

    [Fact]
    public async Task CreateCluster_ExistingName_ThrowsAwsResourceAlreadyExists()
    {
        var name = TestFactories.Unique("dup");
        await CreateClusterAsync(name);

        var error = await Assert.ThrowsAsync<AwsResourceAlreadyExistsException>(() => CreateClusterAsync(name));

        Assert.Equal("ResourceInUseException", error.AwsErrorCode);
    }

    [Fact]
    public async Task CreateOrAdopt_ExistingClusterOfSameEnvironment_AdoptsIt()
    {
        var name = TestFactories.Unique("adopt");
        var original = await CreateClusterAsync(name);

        var adopted = await AwsIdioms.CreateOrAdoptAsync(
            _ => CreateClusterAsync(name),
            async token =>
            {
                var existing = (await Eks.DescribeClusterAsync(new DescribeClusterRequest { Name = name }, token)).Cluster!;
                return new OwnedResource<Cluster>(existing, existing.Tags);
            },
            "env-a",
            $"cluster {name}",
            Token);

        Assert.Equal(original.Arn, adopted.Arn);
    }

    [Fact]
    public async Task DeleteCluster_Existing_IsGoneAndSecondDeleteCountsAsDone()
    {
        var name = TestFactories.Unique("gone");
        await CreateClusterAsync(name);

        var deleted = await Eks.DeleteClusterAsync(new DeleteClusterRequest { Name = name }, Token);
        var again = await AwsIdioms.DeleteIfExistsAsync(token => Eks.DeleteClusterAsync(new DeleteClusterRequest { Name = name }, token), Token);

        Assert.Equal(name, deleted.Cluster!.Name);
        Assert.False(again);
        await Assert.ThrowsAsync<AwsResourceNotFoundException>(() => Eks.DescribeClusterAsync(new DescribeClusterRequest { Name = name }, Token));
    }

    [Fact]
    public async Task Nodegroup_CreateDescribeListUpdateDelete_RoundTrips()
    {
        var cluster = TestFactories.Unique("ng-cluster");
        await CreateClusterAsync(cluster);

        var created = await Eks.CreateNodegroupAsync(
            new CreateNodegroupRequest
            {
                ClusterName = cluster,
                NodegroupName = "workers",
                NodeRole = "arn:aws:iam::123456789012:role/node",
                Subnets = ["subnet-1"],
                ScalingConfig = new NodegroupScalingConfig { MinSize = 1, MaxSize = 3, DesiredSize = 2 },
                InstanceTypes = ["m5.large"],
                Labels = new Dictionary<string, string> { ["role"] = "worker" },
                Tags = new Dictionary<string, string> { [AwsTags.Environment] = "env-a" },
            },
            Token);
        var described = await Eks.DescribeNodegroupAsync(new DescribeNodegroupRequest { ClusterName = cluster, NodegroupName = "workers" }, Token);
        var listed = await ToListAsync(Eks.ListAllNodegroupsAsync(cluster, Token));
        var update = await Eks.UpdateNodegroupConfigAsync(
            new UpdateNodegroupConfigRequest { ClusterName = cluster, NodegroupName = "workers", ScalingConfig = new NodegroupScalingConfig { MinSize = 1, MaxSize = 5, DesiredSize = 3 } },
            Token);
        var deleted = await Eks.DeleteNodegroupAsync(new DeleteNodegroupRequest { ClusterName = cluster, NodegroupName = "workers" }, Token);

        Assert.Equal("workers", created.Nodegroup!.NodegroupName);
        Assert.Equal(2, described.Nodegroup!.ScalingConfig!.DesiredSize);
        Assert.Equal("worker", described.Nodegroup.Labels!["role"]);
        Assert.Equal(["workers"], listed);
        Assert.NotNull(update.Update!.Id);
        Assert.Equal(created.Nodegroup.NodegroupArn, deleted.Nodegroup!.NodegroupArn);
    }

    [Fact]
    public async Task CreateNodegroup_MissingCluster_ThrowsAwsResourceNotFound()
    {
        await Assert.ThrowsAsync<AwsResourceNotFoundException>(() => Eks.CreateNodegroupAsync(
            new CreateNodegroupRequest { ClusterName = "no-such-cluster", NodegroupName = "ng", NodeRole = "arn:aws:iam::123456789012:role/node", Subnets = ["subnet-1"] },
            Token));
    }

    [Fact]
    public async Task FargateProfile_CreateDescribeListDelete_RoundTrips()
    {
        var cluster = TestFactories.Unique("fp-cluster");
        await CreateClusterAsync(cluster);

        var created = await Eks.CreateFargateProfileAsync(
            new CreateFargateProfileRequest
            {
                ClusterName = cluster,
                FargateProfileName = "system",
                PodExecutionRoleArn = "arn:aws:iam::123456789012:role/pods",
                Subnets = ["subnet-1"],
                Selectors = [new FargateProfileSelector { Namespace = "kube-system", Labels = new Dictionary<string, string> { ["k8s-app"] = "kube-dns" } }],
            },
            Token);
        var described = await Eks.DescribeFargateProfileAsync(new DescribeFargateProfileRequest { ClusterName = cluster, FargateProfileName = "system" }, Token);
        var listed = await ToListAsync(Eks.ListAllFargateProfilesAsync(cluster, Token));
        await Eks.DeleteFargateProfileAsync(new DeleteFargateProfileRequest { ClusterName = cluster, FargateProfileName = "system" }, Token);

        Assert.Equal("system", created.FargateProfile!.FargateProfileName);
        Assert.Equal("kube-system", described.FargateProfile!.Selectors![0].Namespace);
        Assert.Equal("kube-dns", described.FargateProfile.Selectors[0].Labels!["k8s-app"]);
        Assert.Equal(["system"], listed);
        await Assert.ThrowsAsync<AwsResourceNotFoundException>(
            () => Eks.DescribeFargateProfileAsync(new DescribeFargateProfileRequest { ClusterName = cluster, FargateProfileName = "system" }, Token));
    }

    [Fact]
    public async Task TagResource_ClusterArn_ListTagsForResourceReturnsAllTags()
    {
        var cluster = await CreateClusterAsync(TestFactories.Unique("tagged"));

        await Eks.TagResourceAsync(new TagResourceRequest { ResourceArn = cluster.Arn, Tags = new Dictionary<string, string> { ["team"] = "platform" } }, Token);
        var tags = await Eks.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = cluster.Arn }, Token);

        Assert.Equal("platform", tags.Tags!["team"]);
        Assert.Equal("env-a", tags.Tags[AwsTags.Environment]);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
