using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Tests.StateMachineSources;

public sealed class DefinitionExpanderTests
{
    private static readonly DefinitionExpander Expander = new(RetryPolicies.Parse(JsonNode.Parse("""
        {
          "Policies": {
            "Transient": { "Comment": "source only", "ErrorEquals": ["AwsThrottledException"], "IntervalSeconds": 2, "BackoffRate": 2.0, "MaxAttempts": 6 },
            "IamPropagation": { "ErrorEquals": ["IamRoleNotReadyException"], "IntervalSeconds": 4, "BackoffRate": 1.5, "MaxAttempts": 12 }
          }
        }
        """)));

    private static JsonObject Expand(string source) => Expander.Expand(JsonNode.Parse(source)!, "test.json");

    [Fact]
    public void Expand_PolicyNames_BecomeTheirRetriersInTheOrderWritten()
    {
        var definition = Expand("""
            { "StartAt": "Work", "States": { "Work": { "Type": "Task", "Resource": "x", "Retry": ["IamPropagation", "Transient"], "End": true } } }
            """);

        Assert.Equal(
            """[{"ErrorEquals":["IamRoleNotReadyException"],"IntervalSeconds":4,"BackoffRate":1.5,"MaxAttempts":12},"""
            + """{"ErrorEquals":["AwsThrottledException"],"IntervalSeconds":2,"BackoffRate":2.0,"MaxAttempts":6}]""",
            definition["States"]!["Work"]!["Retry"]!.ToJsonString());
    }

    [Fact]
    public void Expand_StatesInsideParallelAndMap_AreExpandedToo()
    {
        var definition = Expand("""
            {
              "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel", "End": true, "Retry": ["Transient"],
                  "Branches": [
                    { "StartAt": "Each", "States": { "Each": { "Type": "Map", "End": true,
                      "ItemProcessor": { "StartAt": "One", "States": { "One": { "Type": "Task", "Resource": "x", "Retry": ["Transient"], "End": true } } } } } }
                  ]
                }
              }
            }
            """);

        var retries = AslStates.Walk(definition).Where(s => s.State.ContainsKey("Retry")).ToList();
        Assert.Equal(["Both", "Both/Each/One"], retries.Select(s => s.Path));
        Assert.All(retries, s => Assert.Equal("AwsThrottledException", s.State["Retry"]![0]!["ErrorEquals"]![0]!.GetValue<string>()));
    }

    [Fact]
    public void Expand_RetryKeyInsideParameters_IsPayloadAndLeftAlone()
    {
        var definition = Expand("""
            { "StartAt": "Work", "States": { "Work": { "Type": "Task", "Resource": "x", "Parameters": { "Retry": ["Transient"] }, "End": true } } }
            """);

        Assert.Equal("""{"Retry":["Transient"]}""", definition["States"]!["Work"]!["Parameters"]!.ToJsonString());
    }

    [Fact]
    public void Expand_UnknownPolicyName_FailsNamingTheStateThePolicyAndTheKnownOnes()
    {
        var error = Assert.Throws<InvalidDataException>(() => Expand("""
            { "StartAt": "Work", "States": { "Work": { "Type": "Task", "Resource": "x", "Retry": ["Transient", "Trasient"], "End": true } } }
            """));

        Assert.Equal("test.json: state 'Work': unknown retry policy 'Trasient' (retry-policies.json defines Transient, IamPropagation)", error.Message);
    }

    [Fact]
    public void Expand_InlineRetriersAndAStringRetry_AreEachReportedAtOnce()
    {
        var error = Assert.Throws<InvalidDataException>(() => Expand("""
            {
              "StartAt": "A",
              "States": {
                "A": { "Type": "Task", "Resource": "x", "Retry": [{ "ErrorEquals": ["States.ALL"] }], "Next": "B" },
                "B": { "Type": "Task", "Resource": "x", "Retry": "Transient", "End": true }
              }
            }
            """));

        Assert.Equal(
            [
                """test.json: state 'A': Retry lists {"ErrorEquals":["States.ALL"]}; name a policy of retry-policies.json instead of writing a retrier inline""",
                """test.json: state 'B': Retry must be an array of retry policy names, such as ["Transient"]""",
            ],
            error.Message.Split('\n'));
    }

    [Fact]
    public void Expand_Source_IsNotModified()
    {
        var source = JsonNode.Parse("""
            { "StartAt": "Work", "States": { "Work": { "Type": "Task", "Resource": "x", "Retry": ["Transient"], "End": true } } }
            """)!;

        Expander.Expand(source, "test.json");

        Assert.Equal("""["Transient"]""", source["States"]!["Work"]!["Retry"]!.ToJsonString());
    }
}
