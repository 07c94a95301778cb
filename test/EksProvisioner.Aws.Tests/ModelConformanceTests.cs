using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Aws.ElasticLoadBalancing;
using EksProvisioner.Aws.Iam;
using EksProvisioner.Aws.Protocol;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Aws.Tagging;

namespace EksProvisioner.Aws.Tests;

/// <summary>
/// Checks every operation descriptor against the botocore model: HTTP method and request URI, and for
/// request and response records (recursively) that each member exists in the model shape under the
/// same wire name, location and type, and that no required input member is missing.
/// </summary>
public sealed class ModelConformanceTests
{
    public static TheoryData<string> Operations => new(
        EksOperations.All.Select(o => "EKS." + o.Name)
            .Concat(IamOperations.All.Select(o => "IAM." + o.Name))
            .Concat(StepFunctionsOperations.All.Select(o => "SFN." + o.Name))
            .Concat(TaggingOperations.All.Select(o => "Tagging." + o.Name))
            .Concat(Elbv2Operations.All.Select(o => "ELBv2." + o.Name)));

    [Theory]
    [MemberData(nameof(Operations))]
    public void Operation_ComparedWithBotocoreModel_MatchesMethodUriAndMembers(string id)
    {
        var (operation, model) = Resolve(id);
        var problems = new List<string>();
        var metadata = model.GetProperty("metadata");
        var modelOperation = model.GetProperty("operations").GetProperty(operation.Name);
        var http = modelOperation.GetProperty("http");

        Expect(problems, "serviceId", metadata.GetProperty("serviceId").GetString(), operation.ServiceId);
        Expect(problems, "protocol", metadata.GetProperty("protocol").GetString(), ProtocolName(operation.Protocol));
        if (operation.ServiceId == AwsServiceIds.ResourceGroupsTagging)
        {
            Expect(problems, "targetPrefix", metadata.GetProperty("targetPrefix").GetString(), TaggingOperations.TargetPrefix);
            Expect(problems, "jsonVersion", metadata.GetProperty("jsonVersion").GetString(), TaggingOperations.JsonVersion);
        }

        Expect(problems, "http.method", http.GetProperty("method").GetString(), operation.HttpMethod);
        Expect(problems, "http.requestUri", http.GetProperty("requestUri").GetString(), operation.RequestUri);

        var input = modelOperation.GetProperty("input").GetProperty("shape").GetString()!;
        CheckStructure(problems, model, operation.Protocol, operation.RequestType, input, operation.RequestMembers, "input");
        var inputShape = model.GetProperty("shapes").GetProperty(input);
        if (inputShape.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!operation.RequestMembers.Any(m => ModelName(m.Property, operation.Protocol) == name))
                {
                    problems.Add($"input: required member '{name}' is missing from {operation.RequestType.Name}");
                }
            }
        }

        if (modelOperation.TryGetProperty("output", out var output))
        {
            Assert.True(operation.HasOutput, $"{id}: the model has an output shape but the descriptor says none");
            if (operation.Protocol == AwsProtocol.Query)
            {
                Expect(problems, "output.resultWrapper", output.GetProperty("resultWrapper").GetString(), operation.Name + "Result");
            }

            CheckStructure(problems, model, operation.Protocol, operation.ResponseType, output.GetProperty("shape").GetString()!, operation.ResponseMembers, "output");
        }
        else
        {
            Assert.False(operation.HasOutput, $"{id}: the model has no output shape");
            Assert.Empty(operation.ResponseMembers);
        }

        Assert.True(problems.Count == 0, $"{id}:\n" + string.Join("\n", problems));
    }

    private static (AwsOperation Operation, JsonElement Model) Resolve(string id)
    {
        var parts = id.Split('.');
        return parts[0] switch
        {
            "EKS" => (EksOperations.All.Single(o => o.Name == parts[1]), BotocoreModels.Load("eks", EksOperations.ApiVersion)),
            "IAM" => (IamOperations.All.Single(o => o.Name == parts[1]), BotocoreModels.Load("iam", IamOperations.ApiVersion)),
            "ELBv2" => (Elbv2Operations.All.Single(o => o.Name == parts[1]), BotocoreModels.Load("elbv2", Elbv2Operations.ApiVersion)),
            "Tagging" => (TaggingOperations.All.Single(o => o.Name == parts[1]), BotocoreModels.Load("resourcegroupstaggingapi", TaggingOperations.ApiVersion)),
            _ => (StepFunctionsOperations.All.Single(o => o.Name == parts[1]), BotocoreModels.Load("stepfunctions", StepFunctionsOperations.ApiVersion)),
        };
    }

    private static void CheckStructure(List<string> problems, JsonElement model, AwsProtocol protocol, Type type, string shapeName, IReadOnlyList<AwsMember> members, string path)
    {
        var shape = model.GetProperty("shapes").GetProperty(shapeName);
        if (shape.GetProperty("type").GetString() != "structure")
        {
            problems.Add($"{path}: model shape {shapeName} is not a structure but {type.Name} is a record");
            return;
        }

        var modelMembers = shape.GetProperty("members");
        foreach (var member in members)
        {
            var name = ModelName(member.Property, protocol);
            var where = $"{path}.{name}";
            if (!modelMembers.TryGetProperty(name, out var modelMember))
            {
                problems.Add($"{where}: {type.Name}.{member.Property.Name} has no model member '{name}' in {shapeName}");
                continue;
            }

            var location = modelMember.TryGetProperty("location", out var l) ? l.GetString() : null;
            var locationName = modelMember.TryGetProperty("locationName", out var ln) ? ln.GetString() : null;
            Expect(problems, where + " location", location ?? "body", LocationName(member.Location));
            Expect(problems, where + " wire name", location is null ? locationName ?? name : locationName, member.WireName);
            CheckType(problems, model, protocol, member.Property.PropertyType, modelMember.GetProperty("shape").GetString()!, where);
        }
    }

    private static void CheckType(List<string> problems, JsonElement model, AwsProtocol protocol, Type type, string shapeName, string path)
    {
        var shape = model.GetProperty("shapes").GetProperty(shapeName);
        var modelType = shape.GetProperty("type").GetString();
        var clr = Nullable.GetUnderlyingType(type) ?? type;
        if (clr.IsGenericType && clr.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            Expect(problems, path + " type", modelType, "list");
            if (modelType == "list")
            {
                CheckType(problems, model, protocol, clr.GetGenericArguments()[0], shape.GetProperty("member").GetProperty("shape").GetString()!, path + "[]");
            }

            return;
        }

        if (clr.IsGenericType && clr.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            Expect(problems, path + " type", modelType, "map");
            if (modelType == "map")
            {
                CheckType(problems, model, protocol, clr.GetGenericArguments()[1], shape.GetProperty("value").GetProperty("shape").GetString()!, path + "{}");
            }

            return;
        }

        var expected = clr == typeof(string) ? "string"
            : clr == typeof(int) ? "integer"
            : clr == typeof(long) ? "long"
            : clr == typeof(bool) ? "boolean"
            : clr == typeof(DateTimeOffset) ? "timestamp"
            : "structure";
        Expect(problems, path + " type", modelType, expected);
        if (expected == "structure" && modelType == "structure")
        {
            CheckStructure(problems, model, protocol, clr, shapeName, AwsMember.Of(clr, protocol), path);
        }
    }

    // A pinned JSON name is the model's member name (the Tagging model is PascalCase, unlike EKS and SFN).
    private static string ModelName(PropertyInfo property, AwsProtocol protocol) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? (protocol == AwsProtocol.Query ? property.Name : JsonNamingPolicy.CamelCase.ConvertName(property.Name));

    private static string ProtocolName(AwsProtocol protocol) => protocol switch
    {
        AwsProtocol.RestJson => "rest-json",
        AwsProtocol.Json => "json",
        _ => "query",
    };

    private static string LocationName(AwsMemberLocation location) => location switch
    {
        AwsMemberLocation.Uri => "uri",
        AwsMemberLocation.QueryString => "querystring",
        AwsMemberLocation.Header => "header",
        _ => "body",
    };

    private static void Expect(List<string> problems, string what, string? model, string? ours)
    {
        if (!string.Equals(model, ours, StringComparison.Ordinal))
        {
            problems.Add($"{what}: model says '{model}', we use '{ours}'");
        }
    }
}
