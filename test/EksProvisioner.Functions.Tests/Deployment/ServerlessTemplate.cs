using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Tests.Deployment;

/// <summary>serverless.template parsed, with the views the deployment tests need.</summary>
internal sealed class ServerlessTemplate
{
    public const string FunctionType = "AWS::Serverless::Function";
    public const string StateMachineType = "AWS::Serverless::StateMachine";

    private ServerlessTemplate(JsonObject root) => Root = root;

    public JsonObject Root { get; }

    public JsonObject Resources => Root["Resources"]!.AsObject();

    public static ServerlessTemplate Load() => new(JsonNode.Parse(RepositoryFiles.Read("serverless.template"))!.AsObject());

    /// <summary>The Properties of every resource of <paramref name="type"/>, by logical id.</summary>
    public IReadOnlyDictionary<string, JsonObject> OfType(string type) =>
        Resources.Where(r => r.Value!["Type"]!.GetValue<string>() == type)
            .ToDictionary(r => r.Key, r => r.Value!["Properties"]?.AsObject() ?? [], StringComparer.Ordinal);

    /// <summary>Every function's EKSPROV_STAGE, by logical id (null when it has none).</summary>
    public IReadOnlyDictionary<string, string?> FunctionStages =>
        OfType(FunctionType).ToDictionary(
            f => f.Key,
            f => f.Value["Environment"]?["Variables"]?["EKSPROV_STAGE"]?.GetValue<string>(),
            StringComparer.Ordinal);

    /// <summary>One function's environment variables (intrinsics left as they are).</summary>
    public JsonObject Variables(string function) => OfType(FunctionType)[function]["Environment"]!["Variables"]!.AsObject();

    /// <summary>
    /// Every inline policy statement: the Policies of functions and state machines (SAM policy templates
    /// such as LambdaInvokePolicy are not statements and are left out) and AWS::IAM::Policy documents.
    /// </summary>
    public IEnumerable<PolicyStatement> Statements()
    {
        foreach (var (id, properties) in OfType(FunctionType).Concat(OfType(StateMachineType)))
        {
            foreach (var document in (properties["Policies"] as JsonArray ?? []).OfType<JsonObject>().Where(p => p.ContainsKey("Statement")))
            {
                foreach (var statement in document["Statement"]!.AsArray().SelectMany(PolicyStatement.Branches))
                {
                    yield return PolicyStatement.From(id, statement);
                }
            }
        }

        foreach (var (id, properties) in OfType("AWS::IAM::Policy"))
        {
            var owner = string.Join(",", properties["Roles"]!.AsArray().Select(PolicyStatement.Text));
            foreach (var statement in properties["PolicyDocument"]!["Statement"]!.AsArray())
            {
                yield return PolicyStatement.From($"{id} ({owner})", statement!.AsObject());
            }
        }
    }

    /// <summary>The statements that apply to one function (its own Policies and policies attached to its role).</summary>
    public IEnumerable<PolicyStatement> StatementsOf(string function) =>
        Statements().Where(s => s.Owner == function || s.Owner.Contains("Ref:" + function + "Role", StringComparison.Ordinal));
}
