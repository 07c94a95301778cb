using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Tests.StateMachineSources;

public sealed class RetryPoliciesTests
{
    [Fact]
    public void TryGet_PolicyWithComment_ReturnsTheRetrierWithoutIt()
    {
        var policies = RetryPolicies.Parse(JsonNode.Parse("""
            { "Policies": { "Transient": { "Comment": "why", "ErrorEquals": ["AwsThrottledException"], "MaxAttempts": 6 } } }
            """));

        Assert.True(policies.TryGet("Transient", out var retrier));
        Assert.Equal("""{"ErrorEquals":["AwsThrottledException"],"MaxAttempts":6}""", retrier.ToJsonString());
        Assert.False(policies.TryGet("Other", out _));
    }

    [Fact]
    public void Parse_PoliciesWithoutErrorEquals_ReportsEachOne()
    {
        var error = Assert.Throws<InvalidDataException>(() => RetryPolicies.Parse(JsonNode.Parse("""
            { "Policies": { "Empty": { "ErrorEquals": [] }, "Name": "Transient", "Good": { "ErrorEquals": ["States.ALL"] } } }
            """)));

        Assert.Equal(
            [
                "retry policy 'Empty': expected a retrier object with a non-empty ErrorEquals",
                "retry policy 'Name': expected a retrier object with a non-empty ErrorEquals",
            ],
            error.Message.Split('\n'));
    }

    [Fact]
    public void Parse_NoPoliciesObject_Fails()
    {
        var error = Assert.Throws<InvalidDataException>(() => RetryPolicies.Parse(JsonNode.Parse("""{ "Transient": {} }""")));

        Assert.Contains("\"Policies\"", error.Message);
    }
}
