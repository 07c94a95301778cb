using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Triggers.Environments;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Triggers.Tests.Webhook;

public sealed partial class WebhookServiceTests : IDisposable
{
    private readonly WebhookBed _bed = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string ProvisionArn(string name = "dev", string key = "OPS-1") =>
        StateMachines.ExecutionArn(_bed.World.Machines.ProvisionArn, ExecutionNames.ForTicket(name, new TicketSpec("jira", key, null)));

    [Fact]
    public async Task HandleAsync_PostNewTicket_Answers202WithTheStartedExecution()
    {
        var body = WebhookBed.Body();

        var response = await _bed.PostAsync(body);

        Assert.Equal(202, response.StatusCode);
        Assert.Equal("application/json", response.Headers["content-type"]);
        Assert.Equal(ProvisionArn(), response.Text("executionArn"));
        Assert.Equal(ExecutionNames.ForTicket("dev", new TicketSpec("jira", "OPS-1", null)), response.Text("executionName"));
        Assert.Equal("RUNNING", response.Text("status"));
        Assert.Equal(WebhookBed.BaseUrl + "/environments/dev", response.Text("statusUrl"));
        Assert.Equal(1, _bed.Starts);
        var described = await _bed.World.Client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = ProvisionArn() }, Ct);
        Assert.Equal("RUNNING", described.Status);
        Assert.Equal(EnvironmentRequests.ToJson(EnvironmentRequests.Parse(body, Environments.SfnWorld.StackRegion), indented: false), described.Input);
    }

    [Fact]
    public async Task HandleAsync_PostSameTicketTwice_Answers200WithTheSameExecutionAndStartsOnce()
    {
        var first = await _bed.PostAsync(WebhookBed.Body());
        _bed.World.Later();

        var second = await _bed.PostAsync(WebhookBed.Body(extra: "\"ttlHours\":4,"));

        Assert.Equal(202, first.StatusCode);
        Assert.Equal(200, second.StatusCode);
        Assert.Equal(first.Text("executionArn"), second.Text("executionArn"));
        Assert.Equal("RUNNING", second.Text("status"));
        Assert.Equal(1, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_PostDuplicateOfAFinishedExecution_Answers200WithItsStatus()
    {
        await _bed.PostAsync(WebhookBed.Body());
        await _bed.World.Finish(ProvisionArn());

        var again = await _bed.PostAsync(WebhookBed.Body());

        Assert.Equal(200, again.StatusCode);
        Assert.Equal("SUCCEEDED", again.Text("status"));
        Assert.Equal(1, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_PostInvalidRequest_Answers400WithEveryProblemAndStartsNothing()
    {
        const string body = """{"name":"Bad_Name","region":"mars-1","ttlHours":0,"kubernetesVersion":"1.2"}""";

        var response = await _bed.PostAsync(body);

        Assert.Equal(400, response.StatusCode);
        var expected = EnvironmentRequests.Validate(body).Problems.Append(ProvisionRequestReader.TicketRequired).ToList();
        Assert.True(expected.Count >= 5, "the body has at least five problems");
        Assert.Equal(expected, response.Problems());
        Assert.Contains("'Bad_Name'", response.Body, StringComparison.Ordinal);
        Assert.Equal(0, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_PostForAnotherRegionThanTheStacks_Answers400NamingTheRegionAndStartsNothing()
    {
        var response = await _bed.PostAsync(WebhookBed.Body(extra: "\"region\":\"us-west-2\","));

        Assert.Equal(400, response.StatusCode);
        Assert.StartsWith("$.region: 'us-west-2'", Assert.Single(response.Problems()), StringComparison.Ordinal);
        Assert.Equal(0, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_PostValidRequestWithoutTicket_Answers400TicketRequired()
    {
        var response = await _bed.PostAsync("""{"name":"dev"}""");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal([ProvisionRequestReader.TicketRequired], response.Problems());
        Assert.Equal(0, _bed.Starts);
    }

    [Theory]
    [InlineData("\"name\":\"prod\",", "$.name: is given twice in the same object")]
    [InlineData("\"tags\":{\"team\":\"a\",\"team\":\"b\"},", "$.tags.team: is given twice in the same object")]
    [InlineData("\"owner\":\"alice\\n\",", "$.owner: the value contains the control character U+000A")]
    [InlineData("\"tags\":{\"team\\u0000\":\"a\"},", "$.tags['team\\u0000']: the field name contains the control character U+0000")]
    public async Task HandleAsync_PostWithAFieldGivenTwiceOrAControlCharacter_Answers400NamingTheField(string extra, string problem)
    {
        var response = await _bed.PostAsync(WebhookBed.Body(extra: extra));

        Assert.Equal(400, response.StatusCode);
        Assert.StartsWith(problem, Assert.Single(response.Problems()), StringComparison.Ordinal);
        Assert.Equal(0, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_PostAboveTheStacksNodeLimit_Answers400WithTheFigureAndTheLimit()
    {
        using var bed = new WebhookBed(guardrails: Guardrails.Default with { MaxNodes = 2 });

        var response = await bed.PostAsync(WebhookBed.Body(extra: "\"nodeGroups\":[{\"name\":\"a\",\"maxSize\":3}],"));

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(
            ["$.nodeGroups: 3 nodes at most (maxSize summed) exceeds the limit of 2 (stack parameter MaxNodesPerEnvironment / --max-nodes)"],
            response.Problems());
        Assert.Equal(0, bed.Starts);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("[1,2]")]
    public async Task HandleAsync_PostNotARequestObject_Answers400(string body)
    {
        var response = await _bed.PostAsync(body);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(EnvironmentRequests.Validate(body).Problems, response.Problems());
        Assert.Equal(0, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_PostJiraIssueCreatedThenUpdated_StartsOneExecutionForTheIssue()
    {
        static string Jira(string webhookEvent) => new JsonObject
        {
            ["webhookEvent"] = webhookEvent,
            ["issue"] = new JsonObject
            {
                ["key"] = "OPS-77",
                ["self"] = "https://jira.example.com/rest/api/2/issue/10077",
                ["fields"] = new JsonObject { ["summary"] = "Cluster please", ["labels"] = new JsonArray("eksprov-env:review", "eksprov-ttl:8") },
            },
        }.ToJsonString();

        var created = await _bed.PostAsync(Jira("jira:issue_created"));
        var updated = await _bed.PostAsync(Jira("jira:issue_updated"));

        Assert.Equal(202, created.StatusCode);
        Assert.Equal(200, updated.StatusCode);
        Assert.Equal(ProvisionArn("review", "OPS-77"), created.Text("executionArn"));
        Assert.Equal(created.Text("executionArn"), updated.Text("executionArn"));
        Assert.Equal(1, _bed.Starts);
        var input = EnvironmentRequests.Parse((await _bed.World.Client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = ProvisionArn("review", "OPS-77") }, Ct)).Input!);
        Assert.Equal(8, input.TtlHours);
        Assert.Equal("https://jira.example.com/browse/OPS-77", input.Ticket!.Url);
    }

    [Fact]
    public async Task HandleAsync_PostJiraWithBadLabel_Answers400AndStartsNothing()
    {
        const string body = """{"webhookEvent":"jira:issue_created","issue":{"key":"OPS-5","fields":{"labels":["eksprov-nodes:many"]}}}""";

        var response = await _bed.PostAsync(body);

        Assert.Equal(400, response.StatusCode);
        Assert.StartsWith("$.issue.fields.labels[0]:", Assert.Single(response.Problems()), StringComparison.Ordinal);
        Assert.Equal(0, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_PostBodyNotUtf8_Answers400()
    {
        byte[] bytes = [0x7b, 0xff, 0xfe, 0x7d];
        var headers = WebhookSignature.Headers(WebhookBed.Secret, _bed.World.Clock.GetUtcNow(), "POST", "/environments", bytes);

        var response = await _bed.SendAsync(WebhookBed.Unsigned(WebhookAction.Provision, body: bytes, headers: headers));

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("not UTF-8", Assert.Single(response.Problems()), StringComparison.Ordinal);
    }

    public void Dispose() => _bed.Dispose();
}
