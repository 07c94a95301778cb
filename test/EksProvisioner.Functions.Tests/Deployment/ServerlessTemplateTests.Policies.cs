namespace EksProvisioner.Functions.Tests.Deployment;

public sealed partial class ServerlessTemplateTests
{
    private const string EnvironmentTag = "eksprov:environment";
    private const string RequestTag = "aws:RequestTag/" + EnvironmentTag;
    private const string ResourceTag = "aws:ResourceTag/" + EnvironmentTag;
    private const string ParentTag = "ec2:ResourceTag/" + EnvironmentTag;

    /// <summary>Non-read-only actions that AWS only grants on Resource "*", and why.</summary>
    private static readonly Dictionary<string, string> AnyResourceAllowed = new(StringComparer.Ordinal)
    {
        ["logs:CreateLogDelivery"] = "Step Functions log delivery: CloudWatch Logs offers no resource-level permission for it",
        ["logs:UpdateLogDelivery"] = "as above",
        ["elasticloadbalancing:DeleteLoadBalancer"] =
            "Kubernetes makes these load balancers without our tag; only those whose elbv2.k8s.aws/cluster tag names a cluster with our prefix",
        ["elasticloadbalancing:DeleteTargetGroup"] =
            "Kubernetes makes these target groups without our tag; only those whose elbv2.k8s.aws/cluster tag names a cluster with our prefix",
        ["logs:DeleteLogDelivery"] = "as above",
        ["logs:PutResourcePolicy"] = "as above",
        ["eks:CreateCluster"] = "no resource type (IAM Service Authorization Reference); our request tag is required instead",
        ["xray:PutTraceSegments"] = "X-Ray has no resource-level permissions",
        ["xray:PutTelemetryRecords"] = "X-Ray has no resource-level permissions",
    };

    /// <summary>
    /// The condition key each create-like action must carry when it is not the default (our request tag),
    /// or null when no condition can be written, and why.
    /// </summary>
    private static readonly Dictionary<string, (string? Key, string Why)> CreateConditions = new(StringComparer.Ordinal)
    {
        ["ec2:CreateTags"] = ("ec2:CreateAction", "tags only inside a create call, never on someone else's resource"),
        ["ec2:CreateRoute"] = (ParentTag, "a route is no resource of its own; it changes our tagged route table"),
        ["iam:CreateServiceLinkedRole"] = ("iam:AWSServiceName", "EKS's own service-linked roles, made once per account"),
        ["logs:CreateLogDelivery"] = (null, "Step Functions log delivery, Resource \"*\" by AWS's design"),
    };

    /// <summary>Delete-like actions that cannot carry our resource tag condition, and why.</summary>
    private static readonly Dictionary<string, string> UntaggedDeletes = new(StringComparer.Ordinal)
    {
        ["ec2:DeleteNetworkInterface"] =
            "interfaces EKS and the VPC CNI leave behind carry no eksprov tag; only detached ones inside the environment's VPC are deleted",
        ["ec2:DeleteSecurityGroup"] =
            "the cluster security group EKS makes and load balancer groups Kubernetes makes carry no eksprov tag; only groups inside the environment's VPC are deleted",
        ["elasticloadbalancing:DeleteLoadBalancer"] =
            "Kubernetes makes these load balancers without our tag; only those whose elbv2.k8s.aws/cluster tag names a cluster with our prefix",
        ["elasticloadbalancing:DeleteTargetGroup"] =
            "Kubernetes makes these target groups without our tag; only those whose elbv2.k8s.aws/cluster tag names a cluster with our prefix",
        ["logs:DeleteLogDelivery"] = "Step Functions log delivery, Resource \"*\" by AWS's design",
    };

    /// <summary>IAM actions that guard something other than an API call of the same name.</summary>
    private static readonly string[] PermissionOnlyActions = ["iam:PassRole"];

    private static readonly string[] PassRoleServices = ["eks.amazonaws.com", "ec2.amazonaws.com", "eks-fargate-pods.amazonaws.com"];

    private static string Verb(string action) => action[(action.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private static bool IsReadOnly(string action) =>
        Verb(action).StartsWith("Describe", StringComparison.Ordinal)
        || Verb(action).StartsWith("List", StringComparison.Ordinal)
        || Verb(action).StartsWith("Get", StringComparison.Ordinal);

    private static bool IsCreateLike(string action) =>
        Verb(action).StartsWith("Create", StringComparison.Ordinal)
        || Verb(action).StartsWith("Run", StringComparison.Ordinal)
        || Verb(action).StartsWith("Allocate", StringComparison.Ordinal);

    private static bool IsDeleteLike(string action) =>
        Verb(action).StartsWith("Delete", StringComparison.Ordinal)
        || Verb(action).StartsWith("Release", StringComparison.Ordinal)
        || Verb(action).StartsWith("Detach", StringComparison.Ordinal)
        || Verb(action).StartsWith("Disassociate", StringComparison.Ordinal);

    [Fact]
    public void Policies_NoStatement_GrantsAWildcardAction()
    {
        var wildcards = Template.Statements().Where(s => s.Actions.Any(a => a.Contains('*', StringComparison.Ordinal))).ToList();

        Assert.Empty(wildcards);
        Assert.NotEmpty(Template.Statements());
    }

    [Fact]
    public void Policies_AnyResource_OnlyForReadOnlyOrAllowListedActions()
    {
        var offending = Template.Statements()
            .Where(s => s.AnyResource)
            .SelectMany(s => s.Actions.Where(a => !IsReadOnly(a) && !AnyResourceAllowed.ContainsKey(a)).Select(a => $"{a} in {s}"))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Policies_CreateActions_CarryOurRequestTagOrTheirDocumentedCondition()
    {
        var offending = new List<string>();
        foreach (var statement in Template.Statements())
        {
            foreach (var action in statement.Actions.Where(IsCreateLike))
            {
                var required = CreateConditions.TryGetValue(action, out var special) ? special.Key : RequestTag;
                var ok = required is null ? statement.AnyResource : statement.ConditionKeys.Contains(required) || IsParentStatement(statement, action);
                if (!ok)
                {
                    offending.Add($"{action} needs {required ?? "Resource \"*\" (log delivery)"}: {statement}");
                }
            }
        }

        Assert.Empty(offending);
    }

    [Fact]
    public void Policies_CreateTags_OnlyInsideTheCreateCallsOfTheSameStatementSet()
    {
        foreach (var function in Template.FunctionStages.Keys)
        {
            var statements = Template.StatementsOf(function).ToList();
            var creates = statements.SelectMany(s => s.Actions).Where(a => a.StartsWith("ec2:", StringComparison.Ordinal) && IsCreateLike(a) && a != "ec2:CreateTags")
                .Select(Verb).ToHashSet(StringComparer.Ordinal);
            var tagged = statements.Where(s => s.Actions.Contains("ec2:CreateTags")).SelectMany(s => s.ConditionValues("ec2:CreateAction")).ToList();

            Assert.All(tagged, a => Assert.True(creates.Contains(a), $"{function}: ec2:CreateTags allowed for {a}, which it may not call"));
        }
    }

    [Fact]
    public void Policies_DeleteActions_CarryOurResourceTagOrAreDocumentedExceptions()
    {
        var offending = Template.Statements()
            .SelectMany(s => s.Actions.Where(IsDeleteLike).Where(a => !s.ConditionKeys.Contains(ResourceTag) && !UntaggedDeletes.ContainsKey(a)).Select(a => $"{a}: {s}"))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Policies_Ec2AndEksWrites_AreAllConditionedOnOurTagUnlessDocumented()
    {
        var ours = new[] { RequestTag, ResourceTag, ParentTag, "ec2:CreateAction" };
        var offending = Template.Statements()
            .SelectMany(s => s.Actions
                .Where(a => (a.StartsWith("ec2:", StringComparison.Ordinal) || a.StartsWith("eks:", StringComparison.Ordinal)) && !IsReadOnly(a))
                .Where(a => !ours.Any(s.ConditionKeys.Contains) && !UntaggedDeletes.ContainsKey(a))
                .Select(a => $"{a}: {s}"))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Policies_IamActions_AreScopedToOurRolePrefix()
    {
        var offending = Template.Statements()
            .Where(s => s.Actions.Any(a => a.StartsWith("iam:", StringComparison.Ordinal)))
            .Where(s => !s.Resources.All(r =>
                r.Contains(":role/${NamePrefix}-", StringComparison.Ordinal)
                || (s.Actions.SequenceEqual(["iam:CreateServiceLinkedRole"]) && r.Contains(":role/aws-service-role/", StringComparison.Ordinal))))
            .ToList();

        Assert.Empty(offending);
        Assert.Contains(Template.Statements(), s => s.Actions.Contains("iam:CreateRole"));
    }

    [Fact]
    public void Policies_PassRole_OnlyToEksOrEc2()
    {
        var passes = Template.Statements().Where(s => s.Actions.Contains("iam:PassRole")).ToList();

        Assert.NotEmpty(passes);
        Assert.All(passes, s =>
        {
            Assert.Equal(["iam:PassRole"], s.Actions);
            var services = s.ConditionValues("iam:PassedToService");
            Assert.NotEmpty(services);
            Assert.All(services, service => Assert.Contains(service, PassRoleServices));
        });
    }

    [Fact]
    public void Policies_ValidateRequestOnlyDescribesAndBuildOutput_CallNoAwsApi()
    {
        // ValidateRequest looks for an existing environment (cluster, tagged VPC) and changes nothing.
        var validate = Template.StatementsOf("ValidateRequestFunction").SelectMany(s => s.Actions).Order(StringComparer.Ordinal);
        Assert.Equal(["ec2:DescribeVpcs", "eks:DescribeCluster"], validate);
        Assert.Empty(Template.StatementsOf("BuildOutputFunction"));
    }

    [Fact]
    public Task Policies_FunctionActions_AreRealOperationsOfTheirService() =>
        AssertRealOperationsAsync(Template.FunctionStages.Keys.SelectMany(Template.StatementsOf).SelectMany(s => s.Actions));

    /// <summary>Every action (but iam:PassRole, which guards no call) is an operation of its service's botocore model.</summary>
    private static async Task AssertRealOperationsAsync(IEnumerable<string> granted)
    {
        var operations = await BotocoreOperations.LoadAsync(TestContext.Current.CancellationToken);
        var actions = granted.Except(PermissionOnlyActions, StringComparer.Ordinal).Distinct(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, action =>
        {
            var service = action[..action.IndexOf(':', StringComparison.Ordinal)];
            Assert.True(operations.TryGetValue(service, out var known), $"{action}: no botocore model mapped for service '{service}'");
            Assert.True(known.Contains(Verb(action)), $"{action} is not an operation of {BotocoreOperations.Services[service]}");
        });
    }
}
