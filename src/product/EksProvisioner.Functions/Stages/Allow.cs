using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Stages;

/// <summary>
/// One IAM statement of a stage's function role, written beside the stage in the <see cref="StageTable"/>
/// and rendered into serverless.template. The helpers name our few resource shapes (the account's EKS
/// or EC2 resources, our roles) and conditions (our tag on the request or on the resource), so a line
/// reads like the README's permission table.
/// </summary>
public sealed class Allow
{
    private const string EksArn = "arn:${AWS::Partition}:eks:*:${AWS::AccountId}:*";
    private const string Ec2Arn = "arn:${AWS::Partition}:ec2:*:${AWS::AccountId}:*";
    private const string RolePrefix = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/";
    private const string EnvironmentTag = "eksprov:environment";

    private readonly IReadOnlyList<string> _actions;
    private readonly IReadOnlyList<string> _resources;
    private readonly bool _resourceList;
    private readonly IReadOnlyList<AllowCondition> _conditions;

    private Allow(IReadOnlyList<string> actions, IReadOnlyList<string> resources, bool resourceList, IReadOnlyList<AllowCondition> conditions)
    {
        _actions = actions;
        _resources = resources;
        _resourceList = resourceList;
        _conditions = conditions;
    }

    public IReadOnlyList<string> Actions => _actions;

    /// <summary>On <c>*</c>: for calls that support no resource-level permissions (EC2 Describe*).</summary>
    public static Allow Any(params string[] actions) => new(actions, [], false, []);

    /// <summary>On the account's EKS resources (clusters, node groups, profiles, add-ons, access entries).</summary>
    public static Allow Eks(params string[] actions) => new(actions, [EksArn], false, []);

    /// <summary>On the account's EC2 resources.</summary>
    public static Allow Ec2(params string[] actions) => new(actions, [Ec2Arn], false, []);

    /// <summary>On our roles <c>eksprov-*-{kind}</c>.</summary>
    public static Allow Roles(string[] kinds, params string[] actions)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        return new(actions, [.. kinds.Select(RoleOf)], true, []);
    }

    /// <summary><c>iam:PassRole</c> of the role <c>eksprov-*-{kind}</c>, only to <paramref name="services"/>.</summary>
    public static Allow PassRole(string kind, params string[] services) =>
        new Allow(["iam:PassRole"], [RoleOf(kind)], false, [])
            .With(new AllowCondition("StringEquals", "iam:PassedToService", services, services.Length > 1, false));

    /// <summary><c>iam:CreateServiceLinkedRole</c> of <paramref name="service"/>'s service-linked role only.</summary>
    public static Allow ServiceLinkedRole(string service) =>
        new Allow(["iam:CreateServiceLinkedRole"], [$"{RolePrefix}aws-service-role/{service}/*"], false, [])
            .With(new AllowCondition("StringEquals", "iam:AWSServiceName", [service], false, false));

    /// <summary>Only when the request carries our tag: nothing is created untagged.</summary>
    public Allow IfRequestTagged() => With(new AllowCondition("Null", $"aws:RequestTag/{EnvironmentTag}", ["false"], false, false));

    /// <summary>Only on resources carrying our tag: nothing of anyone else's is changed.</summary>
    public Allow IfResourceTagged() => With(new AllowCondition("Null", $"aws:ResourceTag/{EnvironmentTag}", ["false"], false, false));

    /// <summary><c>ec2:CreateTags</c> only inside these create calls.</summary>
    public Allow IfCreateAction(params string[] calls) => With(new AllowCondition("StringEquals", "ec2:CreateAction", calls, true, false));

    /// <summary>Only these AWS managed policies.</summary>
    public Allow IfPolicy(params string[] managedPolicies) =>
        With(new AllowCondition("ArnEquals", "iam:PolicyARN", [.. managedPolicies.Select(p => $"arn:${{AWS::Partition}}:iam::aws:policy/{p}")], true, true));

    /// <summary>The statement as serverless.template writes it.</summary>
    public JsonObject ToJson()
    {
        var statement = new JsonObject
        {
            ["Effect"] = "Allow",
            ["Action"] = new JsonArray([.. _actions.Select(a => (JsonNode)JsonValue.Create(a))]),
            ["Resource"] = _resources.Count == 0 ? JsonValue.Create("*")
                : _resourceList ? new JsonArray([.. _resources.Select(AllowCondition.Sub)])
                : AllowCondition.Sub(_resources[0]),
        };
        if (_conditions.Count > 0)
        {
            var conditions = new JsonObject();
            foreach (var condition in _conditions)
            {
                if (conditions[condition.Operator] is not JsonObject byOperator)
                {
                    byOperator = [];
                    conditions[condition.Operator] = byOperator;
                }

                byOperator[condition.Key] = condition.Value();
            }

            statement["Condition"] = conditions;
        }

        return statement;
    }

    private static string RoleOf(string kind) => $"{RolePrefix}eksprov-*-{kind}";

    private Allow With(AllowCondition condition) => new(_actions, _resources, _resourceList, [.. _conditions, condition]);
}
