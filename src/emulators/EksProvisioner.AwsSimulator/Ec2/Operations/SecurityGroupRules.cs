using System.Globalization;
using EksProvisioner.AwsSimulator.Ec2.Model;
using EksProvisioner.AwsSimulator.Ec2.Wire;
using EksProvisioner.Core.Network;
using static EksProvisioner.AwsSimulator.Ec2.Wire.Ec2Xml;

namespace EksProvisioner.AwsSimulator.Ec2.Operations;

/// <summary>
/// Reads <c>IpPermissions.N</c> (and the legacy top-level CidrIp/IpProtocol/FromPort/ToPort) into one
/// rule per peer, as AWS stores them, and writes rules back grouped into IpPermission items.
/// </summary>
internal static class SecurityGroupRules
{
    public static List<SecurityGroupRule> Read(Ec2Form form, Ec2State state)
    {
        var rules = new List<SecurityGroupRule>();
        foreach (var permission in form.Members("IpPermissions"))
        {
            var protocol = Protocol(permission.Required("IpProtocol"));
            var from = protocol == "-1" ? null : permission.Int("FromPort");
            var to = protocol == "-1" ? null : permission.Int("ToPort");
            foreach (var range in permission.Members("IpRanges"))
            {
                var cidr = range.Required("CidrIp");
                _ = Ipv4Cidr.TryParse(cidr, out _) ?? throw Ec2Errors.InvalidParameterValue($"CIDR block {cidr} is malformed");
                rules.Add(new SecurityGroupRule(state.NewId("sgr"), protocol, from, to, cidr, null, range.String("Description")));
            }

            foreach (var group in permission.Members("Groups"))
            {
                rules.Add(new SecurityGroupRule(state.NewId("sgr"), protocol, from, to, null, group.Required("GroupId"), group.String("Description")));
            }
        }

        if (form.String("CidrIp") is { } legacyCidr)
        {
            var protocol = Protocol(form.String("IpProtocol") ?? "-1");
            rules.Add(new SecurityGroupRule(state.NewId("sgr"), protocol, form.Int("FromPort"), form.Int("ToPort"), legacyCidr, null, null));
        }

        return rules;
    }

    /// <summary>AWS answers tcp, udp and icmp by name whichever way they were given.</summary>
    private static string Protocol(string given) => given.ToUpperInvariant() switch
    {
        "6" or "TCP" => "tcp",
        "17" or "UDP" => "udp",
        "1" or "ICMP" => "icmp",
        "-1" or "ALL" => "-1",
        _ => given.ToLowerInvariant(),
    };

    public static string Describe(SecurityGroupRule rule) =>
        string.Create(CultureInfo.InvariantCulture, $"peer: {rule.CidrIp ?? rule.PeerGroupId}, {rule.IpProtocol.ToUpperInvariant()}, from port: {rule.FromPort}, to port: {rule.ToPort}, ALLOW");

    public static System.Xml.Linq.XElement Permissions(string name, IEnumerable<SecurityGroupRule> rules, string ownerId) =>
        Set(name, rules.GroupBy(r => (r.IpProtocol, r.FromPort, r.ToPort)), g => [
            E("ipProtocol", g.Key.IpProtocol),
            g.Key.FromPort is { } from ? Int("fromPort", from) : null,
            g.Key.ToPort is { } to ? Int("toPort", to) : null,
            Set("groups", g.Where(r => r.PeerGroupId is not null), r => [Opt("description", r.Description), E("userId", ownerId), E("groupId", r.PeerGroupId)]),
            Set("ipRanges", g.Where(r => r.CidrIp is not null), r => [Opt("description", r.Description), E("cidrIp", r.CidrIp)]),
            Set("ipv6Ranges", Array.Empty<string>(), _ => []),
            Set("prefixListIds", Array.Empty<string>(), _ => []),
        ]);

    public static object?[] RenderRule(SecurityGroupRule r, string groupId, string ownerId, bool egress) =>
    [
        E("securityGroupRuleId", r.RuleId),
        E("groupId", groupId),
        E("groupOwnerId", ownerId),
        Bool("isEgress", egress),
        E("ipProtocol", r.IpProtocol),
        Int("fromPort", r.FromPort ?? -1),
        Int("toPort", r.ToPort ?? -1),
        Opt("cidrIpv4", r.CidrIp),
        r.PeerGroupId is null ? null : E("referencedGroupInfo", E("groupId", r.PeerGroupId), E("userId", ownerId)),
        Opt("description", r.Description),
        Set("tagSet", Array.Empty<string>(), _ => []),
    ];
}
