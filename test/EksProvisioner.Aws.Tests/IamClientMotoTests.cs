using EksProvisioner.Aws.Iam;
using EksProvisioner.Core.Errors;
using EksProvisioner.Testing;

namespace EksProvisioner.Aws.Tests;

[Collection(MotoCollection.Name)]
public sealed class IamClientMotoTests(MotoServer moto) : IDisposable
{
    private const string TrustPolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
    private const string ClusterPolicyArn = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy";

    private readonly AwsClientFactory _factory = TestFactories.Moto(moto);

    public void Dispose() => _factory.Dispose();

    private IIamClient Iam => _factory.CreateIam();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Task<CreateRoleResponse> CreateRoleAsync(string name) => Iam.CreateRoleAsync(
        new CreateRoleRequest
        {
            RoleName = name,
            Path = "/eksprov/",
            AssumeRolePolicyDocument = TrustPolicy,
            Description = "cluster role",
            Tags = [new Tag { Key = AwsTags.Environment, Value = "env-a" }, new Tag { Key = "team", Value = "platform" }],
        },
        Token);

    [Fact]
    public async Task CreateRole_NewName_GetRoleReturnsItWithTags()
    {
        var name = TestFactories.Unique("role");

        var created = await CreateRoleAsync(name);
        var fetched = await Iam.GetRoleAsync(new GetRoleRequest { RoleName = name }, Token);

        Assert.Equal(name, created.Role!.RoleName);
        Assert.Equal($"arn:aws:iam::123456789012:role/eksprov/{name}", created.Role.Arn);
        Assert.NotNull(created.Role.CreateDate);
        Assert.Equal(created.Role.RoleId, fetched.Role!.RoleId);
        Assert.Equal("cluster role", fetched.Role.Description);
        Assert.Contains(fetched.Role.Tags!, tag => tag is { Key: AwsTags.Environment, Value: "env-a" });
    }

    [Fact]
    public async Task CreateRole_ExistingName_ThrowsAwsResourceAlreadyExists()
    {
        var name = TestFactories.Unique("dup-role");
        await CreateRoleAsync(name);

        var error = await Assert.ThrowsAsync<AwsResourceAlreadyExistsException>(() => CreateRoleAsync(name));

        Assert.Equal("EntityAlreadyExists", error.AwsErrorCode);
        Assert.Equal(409, error.HttpStatusCode);
        Assert.Equal("iam", error.Service);
        Assert.Equal("CreateRole", error.Operation);
    }

    [Fact]
    public async Task CreateOrAdopt_ExistingRoleOfOtherEnvironment_ThrowsOwnershipConflict()
    {
        var name = TestFactories.Unique("foreign-role");
        await CreateRoleAsync(name);

        var error = await Assert.ThrowsAsync<ResourceOwnershipConflictException>(() => AwsIdioms.CreateOrAdoptAsync(
            _ => CreateRoleAsync(name),
            async token =>
            {
                var role = (await Iam.GetRoleAsync(new GetRoleRequest { RoleName = name }, token)).Role!;
                return new OwnedResource<CreateRoleResponse>(new CreateRoleResponse { Role = role }, role.Tags?.ToDictionary(t => t.Key!, t => t.Value!));
            },
            "env-b",
            $"role {name}",
            Token));

        Assert.Equal("EntityAlreadyExists", error.AwsErrorCode);
        Assert.Contains("env-a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRole_Missing_ThrowsAwsResourceNotFound()
    {
        var error = await Assert.ThrowsAsync<AwsResourceNotFoundException>(() => Iam.GetRoleAsync(new GetRoleRequest { RoleName = "no-such-role" }, Token));

        Assert.Equal("NoSuchEntity", error.AwsErrorCode);
        Assert.Equal(404, error.HttpStatusCode);
    }

    [Fact]
    public async Task TagRole_ExistingRole_ListRoleTagsReturnsNewTag()
    {
        var name = TestFactories.Unique("tag-role");
        await CreateRoleAsync(name);

        await Iam.TagRoleAsync(new TagRoleRequest { RoleName = name, Tags = [new Tag { Key = "cost-center", Value = "42" }] }, Token);
        var tags = await ToListAsync(Iam.ListAllRoleTagsAsync(name, Token));

        Assert.Contains(tags, tag => tag is { Key: "cost-center", Value: "42" });
        Assert.Equal(3, tags.Count);
    }

    [Fact]
    public async Task AttachRolePolicy_ManagedPolicy_ListedThenDetached()
    {
        var name = TestFactories.Unique("attach-role");
        await CreateRoleAsync(name);

        await Iam.AttachRolePolicyAsync(new AttachRolePolicyRequest { RoleName = name, PolicyArn = ClusterPolicyArn }, Token);
        var attached = await ToListAsync(Iam.ListAllAttachedRolePoliciesAsync(name, Token));
        await Iam.DetachRolePolicyAsync(new DetachRolePolicyRequest { RoleName = name, PolicyArn = ClusterPolicyArn }, Token);
        var after = await Iam.ListAttachedRolePoliciesAsync(new ListAttachedRolePoliciesRequest { RoleName = name }, Token);

        Assert.Equal([("AmazonEKSClusterPolicy", ClusterPolicyArn)], attached.Select(p => (p.PolicyName, p.PolicyArn)));
        Assert.Empty(after.AttachedPolicies ?? []);
        Assert.False(after.IsTruncated);
    }

    [Fact]
    public async Task DeleteRole_WithAttachedPolicy_ThrowsDependencyStillPresent()
    {
        var name = TestFactories.Unique("conflict-role");
        await CreateRoleAsync(name);
        await Iam.AttachRolePolicyAsync(new AttachRolePolicyRequest { RoleName = name, PolicyArn = ClusterPolicyArn }, Token);

        var error = await Assert.ThrowsAsync<DependencyStillPresentException>(() => Iam.DeleteRoleAsync(new DeleteRoleRequest { RoleName = name }, Token));

        Assert.Equal("DeleteConflict", error.AwsErrorCode);
        Assert.Equal(409, error.HttpStatusCode);
    }

    [Fact]
    public async Task PutRolePolicy_InlinePolicy_ListedThenDeletedAndRoleDeletes()
    {
        var name = TestFactories.Unique("inline-role");
        await CreateRoleAsync(name);
        const string document = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"}]}""";

        await Iam.PutRolePolicyAsync(new PutRolePolicyRequest { RoleName = name, PolicyName = "describe", PolicyDocument = document }, Token);
        var names = await ToListAsync(Iam.ListAllRolePoliciesAsync(name, Token));
        await Iam.DeleteRolePolicyAsync(new DeleteRolePolicyRequest { RoleName = name, PolicyName = "describe" }, Token);
        var after = await Iam.ListRolePoliciesAsync(new ListRolePoliciesRequest { RoleName = name }, Token);
        await Iam.DeleteRoleAsync(new DeleteRoleRequest { RoleName = name }, Token);

        Assert.Equal(["describe"], names);
        Assert.Empty(after.PolicyNames ?? []);
        Assert.False(await AwsIdioms.DeleteIfExistsAsync(token => Iam.DeleteRoleAsync(new DeleteRoleRequest { RoleName = name }, token), Token));
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
