using System.Net;
using System.Text.Json;
using EksProvisioner.Aws.Tagging;
using EksProvisioner.Core.Errors;

namespace EksProvisioner.Aws.Tests;

/// <summary>JSON 1.1 framing, PascalCase members and paging of GetResources against model-shaped answers.</summary>
public sealed class TaggingClientCannedTests : IDisposable
{
    private const string JsonContentType = "application/x-amz-json-1.1";

    private readonly CannedHandler _handler = new();
    private readonly AwsClientFactory _factory;

    public TaggingClientCannedTests() => _factory = TestFactories.Canned(_handler);

    public void Dispose()
    {
        _factory.Dispose();
        _handler.Dispose();
    }

    private ITaggingClient Tagging => _factory.CreateTagging();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetResources_TagFilter_SendsJson11TargetPascalCaseAndTaggingScope()
    {
        _handler.Respond(HttpStatusCode.OK, """
            {"PaginationToken":"","ResourceTagMappingList":[
              {"ResourceARN":"arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0a1","Tags":[{"Key":"eksprov:environment","Value":"dev"},{"Key":"eksprov:expires-at","Value":"2026-01-02T03:04:05Z"}]}]}
            """, JsonContentType);

        var response = await Tagging.GetResourcesAsync(
            new GetResourcesRequest { TagFilters = [new TagFilter { Key = "eksprov:expires-at" }], ResourcesPerPage = 50 },
            Token);

        var sent = _handler.Requests.Single();
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/", sent.PathAndQuery);
        Assert.Equal("ResourceGroupsTaggingAPI_20170126.GetResources", sent.Header("X-Amz-Target"));
        Assert.Equal(JsonContentType, sent.Header("Content-Type"));
        Assert.Contains("/us-east-1/tagging/aws4_request", sent.Header("Authorization"), StringComparison.Ordinal);
        var body = JsonDocument.Parse(sent.Body!).RootElement;
        Assert.Equal("eksprov:expires-at", body.GetProperty("TagFilters")[0].GetProperty("Key").GetString());
        Assert.False(body.GetProperty("TagFilters")[0].TryGetProperty("Values", out _));
        Assert.Equal(50, body.GetProperty("ResourcesPerPage").GetInt32());
        Assert.False(body.TryGetProperty("PaginationToken", out _));
        var mapping = Assert.Single(response.ResourceTagMappingList!);
        Assert.Equal("arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0a1", mapping.ResourceArn);
        Assert.Equal("2026-01-02T03:04:05Z", mapping.Tags!.Single(t => t.Key == "eksprov:expires-at").Value);
    }

    [Fact]
    public async Task GetAllResources_TwoPages_FollowsPaginationTokenUntilEmpty()
    {
        _handler.Respond(HttpStatusCode.OK, """{"PaginationToken":"page-2","ResourceTagMappingList":[{"ResourceARN":"arn:a","Tags":[]}]}""", JsonContentType)
            .Respond(HttpStatusCode.OK, """{"PaginationToken":"","ResourceTagMappingList":[{"ResourceARN":"arn:b","Tags":[]}]}""", JsonContentType);

        var arns = new List<string>();
        await foreach (var mapping in Tagging.GetAllResourcesAsync(new GetResourcesRequest { TagFilters = [new TagFilter { Key = "k", Values = ["v"] }] }, Token))
        {
            arns.Add(mapping.ResourceArn!);
        }

        Assert.Equal(["arn:a", "arn:b"], arns);
        var second = JsonDocument.Parse(_handler.Requests[1].Body!).RootElement;
        Assert.Equal("page-2", second.GetProperty("PaginationToken").GetString());
        Assert.Equal("v", second.GetProperty("TagFilters")[0].GetProperty("Values")[0].GetString());
    }

    [Fact]
    public async Task GetResources_InvalidParameter_IsAwsRequestFailedWithCodeAndService()
    {
        _handler.Respond(HttpStatusCode.BadRequest, """{"__type":"InvalidParameterException","Message":"ResourcesPerPage must be between 1 and 100"}""", JsonContentType);

        var error = await Assert.ThrowsAsync<AwsRequestFailedException>(
            () => Tagging.GetResourcesAsync(new GetResourcesRequest { ResourcesPerPage = 500 }, Token));

        Assert.Equal("InvalidParameterException", error.AwsErrorCode);
        Assert.Equal("tagging", error.Service);
        Assert.Equal("GetResources", error.Operation);
        Assert.Contains("between 1 and 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResources_Throttled_IsRetriedThenSucceeds()
    {
        _handler.Respond(HttpStatusCode.BadRequest, """{"__type":"ThrottledException","Message":"Rate exceeded"}""", JsonContentType)
            .Respond(HttpStatusCode.OK, """{"ResourceTagMappingList":[]}""", JsonContentType);

        var response = await Tagging.GetResourcesAsync(new GetResourcesRequest(), Token);

        Assert.Empty(response.ResourceTagMappingList!);
        Assert.Equal(2, _handler.Requests.Count);
    }
}
