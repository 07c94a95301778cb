using EksProvisioner.Aws.Eks;
using EksProvisioner.Aws.Iam;
using EksProvisioner.Aws.Protocol;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Aws.Tagging;

namespace EksProvisioner.Aws.Tests;

/// <summary>The operation tables the clients send with and the simulator routes with.</summary>
public sealed class AwsOperationTableTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> EksOperationNames() => [.. EksOperations.All.Select(o => o.Name)];

    [Theory]
    [MemberData(nameof(EksOperationNames))]
    public void Match_PathOfEveryEksTemplate_RoutesBackToThatOperation(string name)
    {
        var operation = EksOperations.Table.Find(name)!;
        var path = System.Text.RegularExpressions.Regex.Replace(operation.RequestUri, "{[^}]+}", "x");

        var route = EksOperations.Table.Match(operation.HttpMethod, path);

        Assert.Same(operation, route?.Operation);
        Assert.All(route!.Value.Labels, label => Assert.Equal("x", label));
    }

    [Fact]
    public void Match_ArnWithEncodedSlash_IsOneDecodedLabel()
    {
        var route = EksOperations.Table.Match("POST", "/tags/arn%3Aaws%3Aeks%3Aus-east-1%3A123456789012%3Acluster%2Fdev");

        Assert.Same(EksOperations.TagResource, route?.Operation);
        Assert.Equal(["arn:aws:eks:us-east-1:123456789012:cluster/dev"], route!.Value.Labels);
    }

    [Theory]
    [InlineData("PUT", "/clusters")]
    [InlineData("GET", "/clusters/dev/unknown")]
    [InlineData("GET", "/")]
    public void Match_NoTemplateFits_ReturnsNull(string method, string path) =>
        Assert.Null(EksOperations.Table.Match(method, path));

    [Fact]
    public void Find_ActionOrTargetName_AnswersTheTableEntryOrNull()
    {
        Assert.Same(IamOperations.CreateRole, IamOperations.Table.Find("CreateRole"));
        Assert.Same(StepFunctionsOperations.StartExecution, StepFunctionsOperations.Table.Find("StartExecution"));
        Assert.Same(TaggingOperations.GetResources, TaggingOperations.Table.Find("GetResources"));
        Assert.Null(IamOperations.Table.Find("CreateUser"));
    }

    [Fact]
    public void All_EveryTable_NamesEachOperationAfterItsRequestTypeAndProperty()
    {
        foreach (var table in new[] { typeof(EksOperations), typeof(IamOperations), typeof(StepFunctionsOperations), typeof(TaggingOperations) })
        {
            var properties = table.GetProperties().Where(p => p.PropertyType == typeof(AwsOperation)).ToList();
            var all = (IReadOnlyList<AwsOperation>)table.GetProperty("All")!.GetValue(null)!;

            Assert.Equal(properties.Select(p => p.Name), all.Select(o => o.Name));
            Assert.All(all, o => Assert.Equal(o.Name + "Request", o.RequestType.Name));
        }
    }

    [Fact]
    public void Add_RequestTypeNotNamedAfterAnOperation_Throws()
    {
        var table = new AwsOperationTable(AwsServiceIds.Eks, AwsProtocol.RestJson);

        Assert.Throws<ArgumentException>(() => table.Add<Cluster, CreateClusterResponse>("GET", "/x"));
    }

    [Fact]
    public async Task SendAsync_OperationOfAnotherService_IsRefusedBeforeSending()
    {
        using var handler = new CannedHandler();
        using var factory = TestFactories.Canned(handler);

        await Assert.ThrowsAsync<ArgumentException>(
            () => factory.CreateEks().SendAsync<CreateRoleResponse>(IamOperations.CreateRole, new CreateRoleRequest { RoleName = "r" }, Token));

        Assert.Empty(handler.Requests);
    }
}
