using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Triggers.Tests.Webhook;

public sealed class JiraMappingTests
{
    // The region of the stack the webhook belongs to; the mapped requests name it or leave it out.
    private const string StackRegion = "eu-west-1";

    private static string Jira(string[] labels, string key = "OPS-123", string webhookEvent = "jira:issue_created", JsonObject? extraFields = null)
    {
        var fields = new JsonObject
        {
            ["summary"] = "Please give me a cluster for the payment service review",
            ["labels"] = new JsonArray([.. labels.Select(l => (JsonNode)l)]),
            ["reporter"] = new JsonObject { ["displayName"] = "Alice", ["emailAddress"] = "alice@example.com" },
        };
        foreach (var (name, value) in extraFields ?? [])
        {
            fields[name] = value?.DeepClone();
        }

        return new JsonObject
        {
            ["timestamp"] = 1700000000000,
            ["webhookEvent"] = webhookEvent,
            ["issue_event_type_name"] = "issue_created",
            ["user"] = new JsonObject { ["displayName"] = "Alice" },
            ["issue"] = new JsonObject
            {
                ["id"] = "10002",
                ["self"] = "https://jira.example.com/rest/api/2/issue/10002",
                ["key"] = key,
                ["fields"] = fields,
            },
        }.ToJsonString();
    }

    [Fact]
    public void Read_EveryLabel_MapsToTheRequest()
    {
        var version = KubernetesVersions.Supported[0];
        string[] labels =
        [
            "backend", "eksprov-env:pay-review", "eksprov-region:eu-west-1", "eksprov-k8s:" + version, "eksprov-ttl:48",
            "eksprov-nodes:4", "eksprov-instance:m6i.large", "eksprov-spot",
        ];

        var read = ProvisionRequestReader.Read(Jira(labels), JiraMapping.Default, StackRegion);

        Assert.Empty(read.Problems);
        var request = read.Request!;
        Assert.Equal("pay-review", request.Name);
        Assert.Equal("eu-west-1", request.Region);
        Assert.Equal(version, request.KubernetesVersion);
        Assert.Equal(48, request.TtlHours);
        Assert.Equal("alice@example.com", request.Owner);
        Assert.Equal(new TicketSpec("jira", "OPS-123", "https://jira.example.com/browse/OPS-123"), request.Ticket);
        var group = Assert.Single(request.NodeGroups);
        Assert.Equal(4, group.DesiredSize);
        Assert.Equal(["m6i.large"], group.InstanceTypes);
        Assert.Equal(CapacityType.Spot, group.CapacityType);
        Assert.Equal(EnvironmentRequests.ToJson(request), EnvironmentRequests.ToJson(EnvironmentRequests.Parse(read.Input!)));
    }

    [Fact]
    public void Read_NoLabels_NamesTheEnvironmentAfterTheIssueKeyWithDefaults()
    {
        var read = ProvisionRequestReader.Read(Jira([]), JiraMapping.Default, StackRegion);

        var request = read.Request!;
        Assert.Equal("ops-123", request.Name);
        Assert.Equal(StackRegion, request.Region);
        Assert.Equal(RequestDefaults.NodeGroup.DesiredSize, Assert.Single(request.NodeGroups).DesiredSize);
        Assert.Null(request.TtlHours);
    }

    [Fact]
    public void Read_BadLabels_ReportsEveryProblemAtItsLabel()
    {
        string[] labels = ["eksprov-colour:blue", "eksprov-ttl:soon", "eksprov-region", "eksprov-nodes:2", "eksprov-nodes:3"];

        var read = ProvisionRequestReader.Read(Jira(labels), JiraMapping.Default, StackRegion);

        Assert.Null(read.Request);
        Assert.Equal(4, read.Problems.Count);
        Assert.StartsWith("$.issue.fields.labels[0]: 'eksprov-colour:blue' is not an eksprov label", read.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("$.issue.fields.labels[2]: 'eksprov-region' has no value", read.Problems[1], StringComparison.Ordinal);
        Assert.StartsWith("$.issue.fields.labels[4]: label 'eksprov-nodes:3' conflicts with label 'eksprov-nodes:2'", read.Problems[2], StringComparison.Ordinal);
        Assert.StartsWith("$.issue.fields.labels[1]: label 'eksprov-ttl:soon': 'soon' is not a whole number", read.Problems[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LabelValueTheContractRefuses_GivesTheValidatorMessageNamingTheLabel()
    {
        var read = ProvisionRequestReader.Read(Jira(["eksprov-ttl:0", "eksprov-env:Bad_Name"]), JiraMapping.Default, StackRegion);

        var expected = EnvironmentRequests.Validate("""{"name":"Bad_Name","ttlHours":0}""").Problems;
        Assert.Equal(2, read.Problems.Count);
        Assert.Equal(
            expected.Single(p => p.StartsWith("$.name", StringComparison.Ordinal)).Replace("$.name:", "$.name (from label 'eksprov-env:Bad_Name'):", StringComparison.Ordinal),
            read.Problems.Single(p => p.StartsWith("$.name", StringComparison.Ordinal)));
        Assert.Equal(
            expected.Single(p => p.StartsWith("$.ttlHours", StringComparison.Ordinal)).Replace("$.ttlHours:", "$.ttlHours (from label 'eksprov-ttl:0'):", StringComparison.Ordinal),
            read.Problems.Single(p => p.StartsWith("$.ttlHours", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_KeyThatIsNoEnvironmentName_SaysToAddTheEnvLabel()
    {
        var read = ProvisionRequestReader.Read(Jira([], key: "123-OPS"), JiraMapping.Default, StackRegion);

        var problem = Assert.Single(read.Problems);
        Assert.StartsWith("$.name (from issue key '123-OPS'; add a label eksprov-env:<name>", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("comment_created")]
    [InlineData("jira:issue_deleted")]
    public void Read_OtherEvent_IsAProblem(string webhookEvent)
    {
        var read = ProvisionRequestReader.Read(Jira([], webhookEvent: webhookEvent), JiraMapping.Default, StackRegion);

        Assert.Null(read.Request);
        Assert.StartsWith($"$.webhookEvent: '{webhookEvent}' is not handled", Assert.Single(read.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IssueWithoutKey_IsAProblem()
    {
        var read = ProvisionRequestReader.Read("""{"webhookEvent":"jira:issue_created","issue":{"fields":{}}}""", JiraMapping.Default, StackRegion);

        Assert.StartsWith("$.issue.key: required", Assert.Single(read.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MappedCustomFields_SetTheirKeys()
    {
        var mapping = JiraMapping.Parse("customfield_10100=env, customfield_10101=ttl");
        var fields = new JsonObject
        {
            ["customfield_10100"] = new JsonObject { ["self"] = "https://jira.example.com/rest/api/2/customFieldOption/1", ["value"] = "team-a" },
            ["customfield_10101"] = 12,
        };

        var read = ProvisionRequestReader.Read(Jira([], extraFields: fields), mapping, StackRegion);

        Assert.Empty(read.Problems);
        Assert.Equal("team-a", read.Request!.Name);
        Assert.Equal(12, read.Request.TtlHours);
    }

    [Fact]
    public void Read_CustomFieldConflictingWithALabel_IsAProblem()
    {
        var mapping = JiraMapping.Parse("customfield_10100=env");
        var fields = new JsonObject { ["customfield_10100"] = "team-a" };

        var read = ProvisionRequestReader.Read(Jira(["eksprov-env:team-b"], extraFields: fields), mapping, StackRegion);

        Assert.Contains(read.Problems, p => p.StartsWith("$.issue.fields.customfield_10100: field customfield_10100 'team-a' conflicts with label 'eksprov-env:team-b'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("customfield_1")]
    [InlineData("summary=env")]
    [InlineData("customfield_1=colour")]
    [InlineData("customfield_1=env,customfield_1=ttl")]
    public void Parse_BadSetting_ThrowsFormatException(string setting)
    {
        Assert.Throws<FormatException>(() => JiraMapping.Parse(setting));
    }
}
