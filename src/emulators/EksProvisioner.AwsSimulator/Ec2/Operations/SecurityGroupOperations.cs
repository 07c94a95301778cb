using EksProvisioner.AwsSimulator.Ec2.Model;
using static EksProvisioner.AwsSimulator.Ec2.Wire.Ec2Xml;

namespace EksProvisioner.AwsSimulator.Ec2.Operations;

/// <summary>
/// Security groups and their rules. AWS's rules: names are unique per VPC (InvalidGroup.Duplicate);
/// a new group allows all egress; the default group cannot be deleted by a user (CannotDelete); a
/// group that an interface uses or another group's rule references cannot be deleted
/// (DependencyViolation, "resource sg-... has a dependent object"); a rule that exists already is
/// InvalidPermission.Duplicate, one that does not exist is InvalidPermission.NotFound on revoke.
/// </summary>
internal sealed class SecurityGroupOperations(Ec2Store store)
{
    public void Register(Dictionary<string, Ec2Operation> table)
    {
        table["CreateSecurityGroup"] = Create;
        table["DescribeSecurityGroups"] = Describe;
        table["DeleteSecurityGroup"] = Delete;
        table["AuthorizeSecurityGroupIngress"] = call => Authorize(call, egress: false);
        table["AuthorizeSecurityGroupEgress"] = call => Authorize(call, egress: true);
        table["RevokeSecurityGroupIngress"] = call => Revoke(call, egress: false);
        table["RevokeSecurityGroupEgress"] = call => Revoke(call, egress: true);
    }

    /// <summary>Creates a group; shared with the service seam (EKS cluster security group).</summary>
    public SecurityGroupRecord CreateGroup(VpcRecord vpc, string name, string description, Dictionary<string, string> tags, bool selfIngress)
    {
        var state = store.State;
        if (name.StartsWith("sg-", StringComparison.Ordinal))
        {
            throw Ec2Errors.InvalidParameterValue("Group names may not be in the format sg-*");
        }

        if (state.SecurityGroups.Values.Any(g => g.VpcId == vpc.Id && g.GroupName == name))
        {
            throw new Ec2Exception("InvalidGroup.Duplicate", $"The security group '{name}' already exists for VPC '{vpc.Id}'");
        }

        var id = state.NewId("sg");
        var group = new SecurityGroupRecord
        {
            Id = id,
            Region = vpc.Region,
            OwnerId = vpc.OwnerId,
            VpcId = vpc.Id,
            GroupName = name,
            Description = description,
            Ingress = selfIngress ? [new SecurityGroupRule(state.NewId("sgr"), "-1", null, null, null, id, null)] : [],
            Egress = [new SecurityGroupRule(state.NewId("sgr"), "-1", null, null, "0.0.0.0/0", null, null)],
            Tags = tags,
        };
        state.SecurityGroups[id] = group;
        return group;
    }

    private IEnumerable<object?> Create(Ec2Call call)
    {
        var name = call.Form.Required("GroupName");
        var description = call.Form.Required("GroupDescription");
        var vpcId = call.Form.String("VpcId") ?? throw new Ec2Exception("VPCIdNotSpecified", "No default VPC for this user");
        var vpc = store.Find(store.State.Vpcs, vpcId, call.Region);
        var group = CreateGroup(vpc, name, description, Ec2Store.TagsFromSpecifications(call.Form, "security-group"), selfIngress: false);
        return [E("groupId", group.Id), TagSet(group.Tags), E("securityGroupArn", Arn(group))];
    }

    private IEnumerable<object?> Describe(Ec2Call call)
    {
        var names = call.Form.Strings("GroupName");
        var groups = Ec2Store.Describe(store.State.SecurityGroups.Values, call, call.Form.Strings("GroupId"), Ec2Fields.Of<SecurityGroupRecord>(
            ("group-id", g => [g.Id]),
            ("group-name", g => [g.GroupName]),
            ("vpc-id", g => [g.VpcId]),
            ("description", g => [g.Description]))).Where(g => names.Count == 0 || names.Contains(g.GroupName)).ToList();
        if (names.FirstOrDefault(n => groups.All(g => g.GroupName != n)) is { } missing)
        {
            throw new Ec2Exception("InvalidGroup.NotFound", $"The security group '{missing}' does not exist");
        }

        return [Set("securityGroupInfo", groups, Render)];
    }

    private IEnumerable<object?> Delete(Ec2Call call)
    {
        var state = store.State;
        var group = Target(call);
        if (group.IsDefault)
        {
            throw new Ec2Exception("CannotDelete", $"the specified group: \"{group.Id}\" name: \"default\" cannot be deleted by a user");
        }

        if (state.NetworkInterfaces.Values.Any(n => n.GroupIds.Contains(group.Id))
            || state.SecurityGroups.Values.Any(g => g.Id != group.Id && g.Ingress.Concat(g.Egress).Any(r => r.PeerGroupId == group.Id)))
        {
            throw Ec2Errors.DependentObject(group.Id);
        }

        state.SecurityGroups.Remove(group.Id);
        return [Bool("return", true), E("groupId", group.Id)];
    }

    private IEnumerable<object?> Authorize(Ec2Call call, bool egress)
    {
        var group = Target(call);
        var rules = SecurityGroupRules.Read(call.Form, store.State);
        var existing = egress ? group.Egress : group.Ingress;
        foreach (var rule in rules)
        {
            if (rule.PeerGroupId is { } peer)
            {
                _ = store.Find(store.State.SecurityGroups, peer, call.Region);
            }

            if (existing.Any(r => r.SamePermission(rule)) || rules.Count(r => r.SamePermission(rule)) > 1)
            {
                throw new Ec2Exception("InvalidPermission.Duplicate", $"the specified rule \"{SecurityGroupRules.Describe(rule)}\" already exists");
            }
        }

        existing.AddRange(rules);
        return [Bool("return", true), Set("securityGroupRuleSet", rules, r => SecurityGroupRules.RenderRule(r, group.Id, group.OwnerId, egress))];
    }

    private IEnumerable<object?> Revoke(Ec2Call call, bool egress)
    {
        var group = Target(call);
        var rules = SecurityGroupRules.Read(call.Form, store.State);
        var existing = egress ? group.Egress : group.Ingress;
        var known = rules.Where(r => existing.Any(e => e.SamePermission(r))).ToList();
        if (known.Count == 0)
        {
            throw new Ec2Exception("InvalidPermission.NotFound", "The specified rule does not exist in this security group.");
        }

        var unknown = rules.Except(known).ToList();
        existing.RemoveAll(e => known.Any(r => r.SamePermission(e)));
        return [Bool("return", true), unknown.Count > 0 ? SecurityGroupRules.Permissions("unknownIpPermissionSet", unknown, group.OwnerId) : null];
    }

    private SecurityGroupRecord Target(Ec2Call call)
    {
        if (call.Form.String("GroupId") is { } id)
        {
            return store.Find(store.State.SecurityGroups, id, call.Region);
        }

        var name = call.Form.Required("GroupName");
        return store.State.SecurityGroups.Values.FirstOrDefault(g => g.Region == call.Region && g.GroupName == name)
            ?? throw new Ec2Exception("InvalidGroup.NotFound", $"The security group '{name}' does not exist");
    }

    private static string Arn(SecurityGroupRecord g) => $"arn:aws:ec2:{g.Region}:{g.OwnerId}:security-group/{g.Id}";

    private static object?[] Render(SecurityGroupRecord g) =>
    [
        E("ownerId", g.OwnerId),
        E("groupId", g.Id),
        E("groupName", g.GroupName),
        E("groupDescription", g.Description),
        E("vpcId", g.VpcId),
        E("securityGroupArn", Arn(g)),
        SecurityGroupRules.Permissions("ipPermissions", g.Ingress, g.OwnerId),
        SecurityGroupRules.Permissions("ipPermissionsEgress", g.Egress, g.OwnerId),
        TagSet(g.Tags),
    ];
}
