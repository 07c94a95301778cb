using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EksProvisioner.Core.Naming;
using EksProvisioner.Functions.Stages;

namespace EksProvisioner.Functions.Tests.Deployment;

/// <summary>The stage policies against the IAM policy semantics in shared/AWS-FACTS.md.</summary>
public sealed partial class ServerlessTemplateTests
{
    private const string Ec2Arn = "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:";

    /// <summary>Actions that support no resource type: they match only Resource "*".</summary>
    private static readonly string[] WithoutResourceType = ["eks:CreateCluster", "eks:ListClusters", "tag:GetResources"];

    /// <summary>EC2 calls that attach to existing resources: the types EC2 authorizes besides the new resource.</summary>
    private static readonly Dictionary<string, string[]> Ec2Parents = new(StringComparer.Ordinal)
    {
        ["ec2:CreateSubnet"] = ["vpc"],
        ["ec2:CreateRouteTable"] = ["vpc"],
        ["ec2:CreateSecurityGroup"] = ["vpc"],
        ["ec2:AttachInternetGateway"] = ["vpc"],
        ["ec2:CreateNatGateway"] = ["subnet", "elastic-ip"],
        ["ec2:CreateRoute"] = ["route-table"],
        ["ec2:AssociateRouteTable"] = ["route-table", "subnet"],
    };

    /// <summary>The new resource of the attach-creates, which the request tag must cover.</summary>
    private static readonly Dictionary<string, string> Ec2Created = new(StringComparer.Ordinal)
    {
        ["ec2:CreateSubnet"] = "subnet",
        ["ec2:CreateRouteTable"] = "route-table",
        ["ec2:CreateSecurityGroup"] = "security-group",
        ["ec2:CreateNatGateway"] = "natgateway",
    };

    // The pseudo parameters hold "::" themselves; name them before splitting an ARN at ':'.
    private static string Pseudo(string arn) =>
        arn.Replace("${AWS::Partition}", "PARTITION", StringComparison.Ordinal)
            .Replace("${AWS::Region}", "REGION", StringComparison.Ordinal)
            .Replace("${AWS::AccountId}", "ACCOUNT", StringComparison.Ordinal);

    /// <summary>
    /// A statement on existing parents only: <paramref name="action"/> attaches to existing resources, the
    /// statement requires their tag, and it names only parent types of its actions.
    /// </summary>
    private static bool IsParentStatement(PolicyStatement statement, string action) =>
        Ec2Parents.ContainsKey(action)
        && statement.ConditionKeys.Contains(ParentTag)
        && statement.Resources.All(r => statement.Actions.SelectMany(a => Ec2Parents.GetValueOrDefault(a) ?? []).Any(p => r == Ec2Arn + p + "/*"));

    [Fact]
    public void Policies_ActionsWithoutResourceType_OnlyOnAnyResource()
    {
        var offending = Template.Statements()
            .Where(s => s.Actions.Any(a => WithoutResourceType.Contains(a) || Verb(a).StartsWith("Describe", StringComparison.Ordinal) && a.StartsWith("ec2:", StringComparison.Ordinal)))
            .Where(s => !s.Resources.SequenceEqual(["*"]))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Policies_EksOnAnyResource_OnlyCreateClusterWithOurRequestTag()
    {
        var onAny = Template.Statements().Where(s => s.AnyResource && s.Actions.Any(a => a.StartsWith("eks:", StringComparison.Ordinal))).ToList();

        Assert.NotEmpty(onAny);
        Assert.All(onAny, s =>
        {
            Assert.Equal(["eks:CreateCluster"], s.Actions);
            Assert.Contains(RequestTag, s.ConditionKeys);
        });
    }

    [Fact]
    public void Policies_Ec2AttachCreates_NewResourceByRequestTagAndEveryParentByItsTag()
    {
        var checkedAny = false;
        foreach (var function in Template.FunctionStages.Keys)
        {
            var statements = Template.StatementsOf(function).ToList();
            foreach (var action in Ec2Parents.Keys.Where(a => statements.Any(s => s.Actions.Contains(a))))
            {
                checkedAny = true;
                foreach (var parent in Ec2Parents[action])
                {
                    Assert.True(
                        statements.Any(s => s.Actions.Contains(action) && s.Resources.Contains(Ec2Arn + parent + "/*") && s.ConditionKeys.Contains(ParentTag)),
                        $"{function}: {action} has no statement on {parent} with {ParentTag}");
                }

                if (Ec2Created.TryGetValue(action, out var created))
                {
                    Assert.True(
                        statements.Any(s => s.Actions.Contains(action) && s.Resources.Contains(Ec2Arn + created + "/*") && s.ConditionKeys.Contains(RequestTag)),
                        $"{function}: {action} has no statement on the new {created} with {RequestTag}");
                }
            }
        }

        Assert.True(checkedAny);
    }

    [Fact]
    public void Policies_RegionalArns_NameTheStacksRegionPartitionAndAccount()
    {
        var offending = Template.Statements()
            .SelectMany(s => s.Resources.Where(r => r.StartsWith("arn:", StringComparison.Ordinal)).Select(r => (s, Parts: Pseudo(r).Split(':'))))
            .Where(x => x.Parts[1] != "PARTITION"
                || (x.Parts[2] == "iam" ? x.Parts[3].Length != 0 : x.Parts[3] != "REGION")
                || x.Parts[4] != "ACCOUNT")
            .Select(x => string.Join(":", x.Parts) + " in " + x.s)
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Policies_EksAndIamRoleArns_CarryTheStackPrefix()
    {
        var resources = Template.Statements().SelectMany(s => s.Resources).ToList();
        var eks = resources.Where(r => r.Contains(":eks:", StringComparison.Ordinal)).ToList();
        var roles = resources.Where(r => r.Contains(":role/", StringComparison.Ordinal) && !r.Contains(":role/aws-service-role/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(eks);
        Assert.All(eks, r => Assert.Matches(@"^arn:\$\{AWS::Partition\}:eks:\$\{AWS::Region\}:\$\{AWS::AccountId\}:[a-z-]+/\$\{NamePrefix\}-\*(/\*)*$", r));
        Assert.NotEmpty(roles);
        Assert.All(roles, r => Assert.EndsWith(":role/${NamePrefix}-*-" + r.Split('-')[^1], r, StringComparison.Ordinal));
    }

    [Fact]
    public void Policies_CreateRole_RequiresTheBoundaryOnlyWhenOneIsGiven()
    {
        var entries = Template.OfType(ServerlessTemplate.FunctionType).Values
            .SelectMany(p => (p["Policies"] as JsonArray ?? []).OfType<JsonObject>().Where(d => d.ContainsKey("Statement")))
            .SelectMany(d => d["Statement"]!.AsArray())
            .Where(e => PolicyStatement.Branches(e).Any(b => PolicyStatement.From("", b).Actions.Contains("iam:CreateRole")))
            .ToList();

        Assert.NotEmpty(entries);
        Assert.All(entries, entry =>
        {
            var branches = entry!["Fn::If"]!.AsArray();
            Assert.Equal(Allow.BoundaryCondition, branches[0]!.GetValue<string>());
            Assert.Equal(["${PermissionsBoundaryArn}"], PolicyStatement.From("", branches[1]!.AsObject()).ConditionValues("iam:PermissionsBoundary"));
            Assert.Empty(PolicyStatement.From("", branches[2]!.AsObject()).ConditionValues("iam:PermissionsBoundary"));
        });
        Assert.NotNull(Template.Root["Conditions"]![Allow.BoundaryCondition]);
        Assert.Equal("", Template.Root["Parameters"]![Allow.BoundaryParameter]!["Default"]!.GetValue<string>());
    }

    [Fact]
    public void Template_StageFunctions_GetTheStacksPrefixAndBoundary()
    {
        var stages = Template.FunctionStages.Where(f => StageTable.Workflow.Any(s => s.Name == f.Value)).Select(f => f.Key).ToList();

        Assert.Equal(StageTable.Workflow.Count, stages.Count);
        Assert.All(stages, f =>
        {
            var variables = Template.Variables(f);
            Assert.Equal(Allow.PrefixParameter, variables[StageSettings.NamePrefixVariable]!["Ref"]!.GetValue<string>());
            Assert.Equal(Allow.BoundaryParameter, variables[StageSettings.PermissionsBoundaryVariable]!["Ref"]!.GetValue<string>());
        });
    }

    [Theory]
    [InlineData("eksprov")]
    [InlineData("a")]
    [InlineData("team1234")]
    [InlineData("team12345")]
    [InlineData("eks-prov")]
    [InlineData("1team")]
    [InlineData("Team")]
    public void Template_NamePrefixParameter_AcceptsExactlyWhatNameScopeAccepts(string prefix)
    {
        var parameter = Template.Root["Parameters"]![Allow.PrefixParameter]!;
        var pattern = parameter["AllowedPattern"]!.GetValue<string>();
        var accepted = Regex.IsMatch(prefix, pattern) && prefix.Length >= parameter["MinLength"]!.GetValue<int>()
            && prefix.Length <= parameter["MaxLength"]!.GetValue<int>();

        Assert.Equal(NameScope.IsValidPrefix(prefix), accepted);
        Assert.Equal(NameScope.DefaultPrefix, parameter["Default"]!.GetValue<string>());
    }

    [Fact]
    public Task StageTable_EveryAction_IsARealOperationOfItsService() =>
        AssertRealOperationsAsync(StageTable.All.SelectMany(s => s.Permissions).SelectMany(p => p.Actions));
}
