using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Stages;

/// <summary>
/// One IAM statement of a stage's function role, written beside the stage in the <see cref="StageTable"/>
/// and rendered into serverless.template. The helpers name our few resource shapes (<see cref="AllowArns"/>:
/// our EKS resources and roles by the stack's prefix, EC2 resources of the stack's region) and conditions
/// (our tag on the request, the resource or a create call's parent), so a line reads like the README's
/// permission table.
/// </summary>
public sealed class Allow
{
    /// <summary>The template condition that is true when a PermissionsBoundaryArn is given.</summary>
    public const string BoundaryCondition = "HasPermissionsBoundary";

    /// <summary>The template parameter every EKS and IAM resource pattern names (the stack's name prefix).</summary>
    public const string PrefixParameter = "NamePrefix";

    /// <summary>The template parameter of the boundary.</summary>
    public const string BoundaryParameter = "PermissionsBoundaryArn";

    private const string EnvironmentTag = "eksprov:environment";

    private readonly IReadOnlyList<string> _actions;
    private readonly IReadOnlyList<string> _resources;
    private readonly bool _resourceList;
    private readonly IReadOnlyList<AllowCondition> _conditions;
    private readonly bool _boundary;

    private Allow(IReadOnlyList<string> actions, IReadOnlyList<string> resources, bool resourceList, IReadOnlyList<AllowCondition> conditions, bool boundary = false)
    {
        _actions = actions;
        _resources = resources;
        _resourceList = resourceList;
        _conditions = conditions;
        _boundary = boundary;
    }

    public IReadOnlyList<string> Actions => _actions;

    /// <summary>On <c>*</c>: for calls that support no resource-level permissions (EC2 Describe*).</summary>
    public static Allow Any(params string[] actions) => new(actions, [], false, []);

    /// <summary>On our EKS resources: clusters named with the stack's prefix and their node groups, profiles, add-ons, access entries.</summary>
    public static Allow Eks(params string[] actions) => new(actions, AllowArns.EksResources, true, []);

    /// <summary>On the EC2 resources of the stack's account and region.</summary>
    public static Allow Ec2(params string[] actions) => new(actions, [AllowArns.Ec2Any], false, []);

    /// <summary>On EC2 resources of these types (vpc, subnet...) in the stack's account and region.</summary>
    public static Allow Ec2(string[] resourceTypes, params string[] actions)
    {
        ArgumentNullException.ThrowIfNull(resourceTypes);
        return new(actions, [.. resourceTypes.Select(AllowArns.Ec2Of)], true, []);
    }

    /// <summary>
    /// On the load balancers and target groups of the stack's account and region that the AWS Load Balancer
    /// Controller made for one of our clusters (<c>elbv2.k8s.aws/cluster</c> names a cluster with our prefix):
    /// Kubernetes names them, not us, so the cluster tag is what ties them to the stack.
    /// </summary>
    public static Allow LoadBalancers(params string[] actions) =>
        new Allow(actions, [AllowArns.LoadBalancers, AllowArns.TargetGroups], true, [])
            .With(new AllowCondition("StringLike", "aws:ResourceTag/elbv2.k8s.aws/cluster", ["${" + PrefixParameter + "}-*"], false, true));

    /// <summary>On our roles <c>&lt;prefix&gt;-*-{kind}</c>.</summary>
    public static Allow Roles(string[] kinds, params string[] actions)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        return new(actions, [.. kinds.Select(AllowArns.Role)], true, []);
    }

    /// <summary><c>iam:PassRole</c> of the role <c>&lt;prefix&gt;-*-{kind}</c>, only to <paramref name="services"/>.</summary>
    public static Allow PassRole(string kind, params string[] services) =>
        new Allow(["iam:PassRole"], [AllowArns.Role(kind)], false, [])
            .With(new AllowCondition("StringEquals", "iam:PassedToService", services, services.Length > 1, false));

    /// <summary><c>iam:CreateServiceLinkedRole</c> of <paramref name="service"/>'s service-linked role only.</summary>
    public static Allow ServiceLinkedRole(string service) =>
        new Allow(["iam:CreateServiceLinkedRole"], [AllowArns.ServiceLinkedRole(service)], false, [])
            .With(new AllowCondition("StringEquals", "iam:AWSServiceName", [service], false, false));

    /// <summary>Only when the request carries our tag: nothing is created untagged.</summary>
    public Allow IfRequestTagged() => With(new AllowCondition("Null", $"aws:RequestTag/{EnvironmentTag}", ["false"], false, false));

    /// <summary>Only on resources carrying our tag: nothing of anyone else's is changed.</summary>
    public Allow IfResourceTagged() => With(new AllowCondition("Null", $"aws:ResourceTag/{EnvironmentTag}", ["false"], false, false));

    /// <summary>
    /// Only on existing EC2 resources carrying our tag: the parents (VPC, subnet, address, route table) a
    /// create call attaches its new resource to, which EC2 authorizes besides the new resource.
    /// </summary>
    public Allow IfParentTagged() => With(new AllowCondition("Null", $"ec2:ResourceTag/{EnvironmentTag}", ["false"], false, false));

    /// <summary>
    /// With the stack's PermissionsBoundaryArn set, only when the request attaches exactly that boundary
    /// (a CloudFormation Fn::If on <see cref="BoundaryCondition"/>); without it, the statement as it is.
    /// </summary>
    public Allow IfBoundary() => new(_actions, _resources, _resourceList, _conditions, true);

    /// <summary><c>ec2:CreateTags</c> only inside these create calls.</summary>
    public Allow IfCreateAction(params string[] calls) => With(new AllowCondition("StringEquals", "ec2:CreateAction", calls, true, false));

    /// <summary>Only these AWS managed policies.</summary>
    public Allow IfPolicy(params string[] managedPolicies) =>
        With(new AllowCondition("ArnEquals", "iam:PolicyARN", [.. managedPolicies.Select(p => $"arn:${{AWS::Partition}}:iam::aws:policy/{p}")], true, true));

    /// <summary>The statement as serverless.template writes it.</summary>
    public JsonNode ToJson()
    {
        if (!_boundary)
        {
            return Statement(_conditions);
        }

        var bounded = new AllowCondition("StringEquals", "iam:PermissionsBoundary", ["${" + BoundaryParameter + "}"], false, true);
        return new JsonObject
        {
            ["Fn::If"] = new JsonArray(JsonValue.Create(BoundaryCondition), Statement([.. _conditions, bounded]), Statement(_conditions)),
        };
    }

    private JsonObject Statement(IReadOnlyList<AllowCondition> conditions) =>
        StatementJson.Of(_actions, _resources.Count == 0 ? null : _resources, _resourceList, conditions);

    private Allow With(AllowCondition condition) => new(_actions, _resources, _resourceList, [.. _conditions, condition], _boundary);
}
