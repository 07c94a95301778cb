using System.Net;
using System.Text.Json;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Errors;

namespace EksProvisioner.Aws.Tests;

/// <summary>
/// EKS operations moto lacks (add-ons, access entries, access policies) against canned answers shaped
/// as the botocore model says, plus the REST-JSON error paths.
/// </summary>
public sealed class EksClientCannedTests : IDisposable
{
    private const string PrincipalArn = "arn:aws:iam::123456789012:role/admin";
    private const string EscapedPrincipal = "arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fadmin";

    private readonly CannedHandler _handler = new();
    private readonly AwsClientFactory _factory;

    public EksClientCannedTests() => _factory = TestFactories.Canned(_handler);

    public void Dispose()
    {
        _factory.Dispose();
        _handler.Dispose();
    }

    private IEksClient Eks => _factory.CreateEks();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static JsonElement Json(string? body) => JsonDocument.Parse(body!).RootElement;

    [Fact]
    public async Task CreateAddon_ModelShapedAnswer_SendsBodyAndParsesAddon()
    {
        _handler.Respond(HttpStatusCode.OK, """
            {"addon":{"addonName":"vpc-cni","clusterName":"c1","status":"CREATING","addonVersion":"v1.18.3-eksbuild.1",
             "health":{"issues":[]},"addonArn":"arn:aws:eks:us-east-1:123456789012:addon/c1/vpc-cni/abc",
             "createdAt":1767225600.5,"modifiedAt":1767225600.5,"serviceAccountRoleArn":"arn:aws:iam::123456789012:role/cni",
             "tags":{"eksprov:environment":"env-a"},"configurationValues":"{}","podIdentityAssociations":[]}}
            """);

        var response = await Eks.CreateAddonAsync(
            new CreateAddonRequest
            {
                ClusterName = "c1",
                AddonName = "vpc-cni",
                AddonVersion = "v1.18.3-eksbuild.1",
                ResolveConflicts = "OVERWRITE",
                ServiceAccountRoleArn = "arn:aws:iam::123456789012:role/cni",
                Tags = new Dictionary<string, string> { [AwsTags.Environment] = "env-a" },
            },
            Token);

        var sent = _handler.Requests.Single();
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/clusters/c1/addons", sent.PathAndQuery);
        Assert.Equal("application/json", sent.Header("Content-Type"));
        Assert.Contains("/us-east-1/eks/aws4_request", sent.Header("Authorization"), StringComparison.Ordinal);
        var body = Json(sent.Body);
        Assert.Equal("vpc-cni", body.GetProperty("addonName").GetString());
        Assert.Equal("OVERWRITE", body.GetProperty("resolveConflicts").GetString());
        Assert.Equal("env-a", body.GetProperty("tags").GetProperty(AwsTags.Environment).GetString());
        Assert.False(body.TryGetProperty("clusterName", out _));
        var addon = response.Addon!;
        Assert.Equal("CREATING", addon.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767225600500), addon.CreatedAt);
        Assert.Empty(addon.Health!.Issues!);
    }

    [Fact]
    public async Task DescribeAddon_Degraded_ParsesHealthIssues()
    {
        _handler.Respond(HttpStatusCode.OK, """
            {"addon":{"addonName":"coredns","clusterName":"c1","status":"DEGRADED",
             "health":{"issues":[{"code":"InsufficientNumberOfReplicas","message":"not enough","resourceIds":["pod-1"]}]}}}
            """);

        var response = await Eks.DescribeAddonAsync(new DescribeAddonRequest { ClusterName = "c1", AddonName = "coredns" }, Token);

        Assert.Equal("GET", _handler.Requests[0].Method);
        Assert.Equal("/clusters/c1/addons/coredns", _handler.Requests[0].PathAndQuery);
        Assert.Null(_handler.Requests[0].Body);
        var issue = Assert.Single(response.Addon!.Health!.Issues!);
        Assert.Equal("InsufficientNumberOfReplicas", issue.Code);
        Assert.Equal(["pod-1"], issue.ResourceIds!);
    }

    [Fact]
    public async Task UpdateClusterVersion_NextMinor_PostsVersionAndParsesUpdate()
    {
        _handler.Respond(HttpStatusCode.OK, """{"update":{"id":"u-1","status":"InProgress","type":"VersionUpdate","params":[{"type":"Version","value":"1.33"}],"createdAt":1767603600.0,"errors":[]}}""");

        var response = await Eks.UpdateClusterVersionAsync(new UpdateClusterVersionRequest { Name = "c1", Version = "1.33" }, Token);

        Assert.Equal("POST", _handler.Requests[0].Method);
        Assert.Equal("/clusters/c1/updates", _handler.Requests[0].PathAndQuery);
        Assert.Equal("1.33", Json(_handler.Requests[0].Body).GetProperty("version").GetString());
        Assert.Equal("u-1", response.Update!.Id);
        Assert.Equal("1.33", response.Update.Params![0].Value);
    }

    [Fact]
    public async Task DescribeUpdate_NodegroupFailed_SendsQueryAndParsesErrors()
    {
        _handler.Respond(HttpStatusCode.OK, """{"update":{"id":"u-2","status":"Failed","type":"VersionUpdate","params":[],"createdAt":1767603600.0,"errors":[{"errorCode":"NodeCreationFailure","errorMessage":"Instances failed to join","resourceIds":["ng"]}]}}""");

        var response = await Eks.DescribeUpdateAsync(new DescribeUpdateRequest { Name = "c1", UpdateId = "u-2", NodegroupName = "ng" }, Token);

        Assert.Equal("GET", _handler.Requests[0].Method);
        Assert.Equal("/clusters/c1/updates/u-2?nodegroupName=ng", _handler.Requests[0].PathAndQuery);
        Assert.Equal("Failed", response.Update!.Status);
        Assert.Equal("NodeCreationFailure", response.Update.Errors![0].ErrorCode);
    }

    [Fact]
    public async Task DeleteAddon_Preserve_SendsQueryStringWithoutBody()
    {
        _handler.Respond(HttpStatusCode.OK, """{"addon":{"addonName":"kube-proxy","clusterName":"c1","status":"DELETING"}}""");

        var response = await Eks.DeleteAddonAsync(new DeleteAddonRequest { ClusterName = "c1", AddonName = "kube-proxy", Preserve = true }, Token);

        Assert.Equal("DELETE", _handler.Requests[0].Method);
        Assert.Equal("/clusters/c1/addons/kube-proxy?preserve=true", _handler.Requests[0].PathAndQuery);
        Assert.Null(_handler.Requests[0].Body);
        Assert.Equal("DELETING", response.Addon!.Status);
    }

    [Fact]
    public async Task ListAllAddons_TwoPages_FollowsNextToken()
    {
        _handler.Respond(HttpStatusCode.OK, """{"addons":["coredns","kube-proxy"],"nextToken":"t/1+"}""")
            .Respond(HttpStatusCode.OK, """{"addons":["vpc-cni"]}""");

        var names = new List<string>();
        await foreach (var name in Eks.ListAllAddonsAsync("c1", Token))
        {
            names.Add(name);
        }

        Assert.Equal(["coredns", "kube-proxy", "vpc-cni"], names);
        Assert.Equal("/clusters/c1/addons", _handler.Requests[0].PathAndQuery);
        Assert.Equal("/clusters/c1/addons?nextToken=t%2F1%2B", _handler.Requests[1].PathAndQuery);
    }

    [Fact]
    public async Task CreateAccessEntry_ModelShapedAnswer_SendsBodyAndParsesEntry()
    {
        _handler.Respond(HttpStatusCode.OK, $$"""
            {"accessEntry":{"clusterName":"c1","principalArn":"{{PrincipalArn}}","kubernetesGroups":["ops"],
             "accessEntryArn":"arn:aws:eks:us-east-1:123456789012:access-entry/c1/role/123456789012/admin/x",
             "createdAt":1767225600,"modifiedAt":1767225600,"tags":{},"username":"admin","type":"STANDARD"} }
            """);

        var response = await Eks.CreateAccessEntryAsync(
            new CreateAccessEntryRequest { ClusterName = "c1", PrincipalArn = PrincipalArn, KubernetesGroups = ["ops"], Type = "STANDARD" },
            Token);

        Assert.Equal("/clusters/c1/access-entries", _handler.Requests[0].PathAndQuery);
        var body = Json(_handler.Requests[0].Body);
        Assert.Equal(PrincipalArn, body.GetProperty("principalArn").GetString());
        Assert.Equal("ops", body.GetProperty("kubernetesGroups")[0].GetString());
        Assert.Equal("STANDARD", response.AccessEntry!.Type);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767225600), response.AccessEntry.CreatedAt);
    }

    [Fact]
    public async Task DeleteAccessEntry_PrincipalArn_IsEscapedInPath()
    {
        _handler.Respond(HttpStatusCode.OK, "{}");

        await Eks.DeleteAccessEntryAsync(new DeleteAccessEntryRequest { ClusterName = "c1", PrincipalArn = PrincipalArn }, Token);

        Assert.Equal("DELETE", _handler.Requests[0].Method);
        Assert.Equal("/clusters/c1/access-entries/" + EscapedPrincipal, _handler.Requests[0].Uri.AbsolutePath);
    }

    [Fact]
    public async Task AssociateAccessPolicy_ClusterScope_SendsScopeAndParsesAssociation()
    {
        const string policy = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy";
        _handler.Respond(HttpStatusCode.OK, $$"""
            {"clusterName":"c1","principalArn":"{{PrincipalArn}}",
             "associatedAccessPolicy":{"policyArn":"{{policy}}","accessScope":{"type":"cluster","namespaces":[]},
             "associatedAt":1767225600,"modifiedAt":1767225601} }
            """);

        var response = await Eks.AssociateAccessPolicyAsync(
            new AssociateAccessPolicyRequest { ClusterName = "c1", PrincipalArn = PrincipalArn, PolicyArn = policy, AccessScope = new AccessScope { Type = "cluster" } },
            Token);

        Assert.Equal("/clusters/c1/access-entries/" + EscapedPrincipal + "/access-policies", _handler.Requests[0].Uri.AbsolutePath);
        var body = Json(_handler.Requests[0].Body);
        Assert.Equal(policy, body.GetProperty("policyArn").GetString());
        Assert.Equal("cluster", body.GetProperty("accessScope").GetProperty("type").GetString());
        Assert.False(body.GetProperty("accessScope").TryGetProperty("namespaces", out _));
        Assert.Equal(policy, response.AssociatedAccessPolicy!.PolicyArn);
        Assert.Equal("cluster", response.AssociatedAccessPolicy.AccessScope!.Type);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767225601), response.AssociatedAccessPolicy.ModifiedAt);
    }

    [Fact]
    public async Task CreateAccessEntry_ErrorTypeHeader_IsAwsResourceAlreadyExistsWithRequestId()
    {
        _handler.Respond(
            HttpStatusCode.Conflict,
            """{"message":"The specified access entry resource is already in use on this cluster."}""",
            headers: [("x-amzn-ErrorType", "ResourceInUseException:http://internal.amazon.com/coral/com.amazon.eks/"), ("x-amzn-RequestId", "rid-1")]);

        var error = await Assert.ThrowsAsync<AwsResourceAlreadyExistsException>(
            () => Eks.CreateAccessEntryAsync(new CreateAccessEntryRequest { ClusterName = "c1", PrincipalArn = PrincipalArn }, Token));

        Assert.Equal("ResourceInUseException", error.AwsErrorCode);
        Assert.Equal(409, error.HttpStatusCode);
        Assert.Equal("rid-1", error.RequestId);
        Assert.Equal("CreateAccessEntry", error.Operation);
    }

    [Fact]
    public async Task CreateCluster_RoleNotYetPropagated_IsIamRoleNotReady()
    {
        _handler.Respond(
            HttpStatusCode.BadRequest,
            """{"__type":"InvalidParameterException","message":"Role with arn: arn:aws:iam::123456789012:role/c, could not be assumed because the trusted entity is not correct"}""");

        var error = await Assert.ThrowsAsync<IamRoleNotReadyException>(
            () => Eks.CreateClusterAsync(new CreateClusterRequest { Name = "c1", RoleArn = "arn:aws:iam::123456789012:role/c", ResourcesVpcConfig = new VpcConfigRequest() }, Token));

        Assert.Equal("InvalidParameterException", error.AwsErrorCode);
        Assert.True(error.IsTransient);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task DescribeCluster_NonJsonGatewayError_IsAwsServiceUnavailable()
    {
        _handler.Respond(HttpStatusCode.BadGateway, "<html>bad gateway</html>", "text/html");
        using var factory = new AwsClientFactory(TestFactories.Options(handler: _handler) with { Retry = Http.AwsRetryOptions.None }, TimeProvider.System, Core.Time.Randomizers.Fixed(0));

        var error = await Assert.ThrowsAsync<AwsServiceUnavailableException>(
            () => factory.CreateEks().DescribeClusterAsync(new DescribeClusterRequest { Name = "c1" }, Token));

        Assert.Null(error.AwsErrorCode);
        Assert.Equal(502, error.HttpStatusCode);
        Assert.Single(_handler.Requests);
    }
}
