using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract;
using EksProvisioner.Testing;

namespace EksProvisioner.Core.Tests;

/// <summary><see cref="EnvironmentRequests"/> given a document an edge has already parsed.</summary>
public class EnvironmentRequestsParsedTests
{
    [Theory]
    [MemberData(nameof(TestData.InvalidCases), MemberType = typeof(TestData))]
    public void Validate_InvalidCaseParsedOnce_ReportsTheSameProblemsAsItsText(string file)
    {
        var text = TestData.Invalid(file);
        var expected = EnvironmentRequests.Validate(text).Problems;

        if (!EnvironmentRequests.TryParseJson(text, out var node, out var failure))
        {
            Assert.Equal(expected, failure.Problems);
            return;
        }

        using var document = JsonDocument.Parse(text);
        Assert.Equal(expected, EnvironmentRequests.Validate(node).Problems);
        Assert.Equal(expected, EnvironmentRequests.Validate(document.RootElement).Problems);
    }

    [Fact]
    public void Validate_NodeParsedElsewhereWithAFieldGivenTwice_NamesItsPathInsteadOfThrowing()
    {
        // An event's detail arrives parsed by the Lambda runtime, which lets a field given twice through.
        var node = JsonNode.Parse("""{"name": "dev", "access": {"adminPrincipalArns": [], "adminPrincipalArns": []}}""");

        var result = EnvironmentRequests.Validate(node, "us-east-1", Guardrails.Default);

        Assert.Equal(["$.access.adminPrincipalArns: is given twice in the same object; give each field once"], result.Problems);
    }

    [Fact]
    public void Parse_ElementWithAFieldGivenTwice_ThrowsInvalidRequestNamingThePath()
    {
        // The ValidateRequest stage reads the execution's input as an element.
        using var document = JsonDocument.Parse("""{"name": "dev", "name": "prod"}""");

        var error = Assert.Throws<Errors.EnvironmentRequestInvalidException>(() => EnvironmentRequests.Parse(document.RootElement, Guardrails.Default));

        Assert.Contains("$.name: is given twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseJson_FieldGivenTwiceInAJiraIssue_FailsNamingThePath()
    {
        var parsed = EnvironmentRequests.TryParseJson("""{"issue": {"key": "OPS-1", "key": "OPS-2"}}""", out _, out var failure);

        Assert.False(parsed);
        Assert.Equal(["$.issue.key: is given twice in the same object; give each field once"], failure!.Problems);
    }

    [Fact]
    public void TryParseJson_ControlCharacterInAJiraDescription_IsNotRefusedBeforeMapping()
    {
        // Only the request fields are refused control characters; a Jira issue's description may have lines.
        Assert.True(EnvironmentRequests.TryParseJson("{\"issue\": {\"description\": \"a\\nb\"}}", out _, out _));
    }

    [Theory]
    [MemberData(nameof(TestData.Examples), MemberType = typeof(TestData))]
    public void Validate_ExampleAsNodeAndAsElement_SameRequestAsFromText(string file)
    {
        var text = TestData.Example(file);
        using var document = JsonDocument.Parse(text);

        var fromText = EnvironmentRequests.ToJson(EnvironmentRequests.Parse(text));

        Assert.Equal(fromText, EnvironmentRequests.ToJson(EnvironmentRequests.Validate(JsonNode.Parse(text)).Request!));
        Assert.Equal(fromText, EnvironmentRequests.ToJson(EnvironmentRequests.Parse(document.RootElement)));
    }

    [Fact]
    public void Validate_StackRegionAndExplicitNullRegion_IsTheStacksRegionAndLeavesTheDocumentAsItWas()
    {
        var node = JsonNode.Parse("""{"name":"dev","region":null}""")!;

        var result = EnvironmentRequests.Validate(node, "eu-west-1");

        Assert.Equal("eu-west-1", result.Request!.Region);
        Assert.Equal("""{"name":"dev","region":null}""", node.ToJsonString());
    }

    [Fact]
    public void Validate_StackRegionAndAnotherRegionAsElement_OneProblem()
    {
        using var document = JsonDocument.Parse("""{"name":"dev","region":"us-west-2"}""");

        var result = EnvironmentRequests.Validate(document.RootElement, "eu-west-1");

        Assert.StartsWith("$.region: 'us-west-2'", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"name\":\"dev\",\"name\":\"prod\"}")]
    [InlineData("{ not json")]
    public void TryParseJson_NotARequestDocument_FailsWithTheProblemValidateReports(string text)
    {
        Assert.False(EnvironmentRequests.TryParseJson(text, out var node, out var failure));
        Assert.Null(node);
        Assert.Equal(EnvironmentRequests.Validate(text).Problems, failure.Problems);
    }
}
