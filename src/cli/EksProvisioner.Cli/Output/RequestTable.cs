using System.Globalization;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Planning;
using Spectre.Console;
using static EksProvisioner.Cli.Output.PlanTables;

namespace EksProvisioner.Cli.Output;

/// <summary>The defaulted request, one setting per row.</summary>
internal static class RequestTable
{
    public static Table Build(EnvironmentRequest request, ResourcePlan plan)
    {
        var n = request.Network;
        var c = request.Cluster;
        var table = new Table { Title = new TableTitle("Request (with defaults)") }.AddColumns("Setting", "Value");
        Row(table, "name", request.Name);
        Row(table, "region", request.Region);
        Row(table, "kubernetesVersion", request.KubernetesVersion);
        Row(table, "network.vpcCidr", n.VpcCidr);
        Row(table, "network.availabilityZones", n.AvailabilityZones is { } zones
            ? string.Join(", ", zones)
            : $"{n.AvailabilityZoneCount}, chosen at creation (avoiding capacity-constrained zones)");
        Row(table, "network.natGateways", Wire(n.NatGateways) + $" ({n.NatGatewayCount} NAT gateway(s))");
        Row(table, "network.publicSubnetCidrs", string.Join(", ", n.PublicSubnetCidrs));
        Row(table, "network.privateSubnetCidrs", string.Join(", ", n.PrivateSubnetCidrs));
        Row(table, "cluster.endpoint", $"public {OnOff(c.EndpointPublicAccess)}, private {OnOff(c.EndpointPrivateAccess)}");
        Row(table, "cluster.publicAccessCidrs", c.PublicAccessCidrs.Count == 0 ? "-" : string.Join(", ", c.PublicAccessCidrs));
        Row(table, "cluster.logTypes", c.LogTypes.Count == 0 ? "none" : string.Join(", ", c.LogTypes));
        Row(table, "cluster.authenticationMode", Wire(c.AuthenticationMode));
        foreach (var g in request.NodeGroups)
        {
            Row(table, $"nodeGroups[{g.Name}]",
                $"{string.Join(", ", g.InstanceTypes)} {Wire(g.CapacityType)}, min {g.MinSize} / desired {g.DesiredSize} / max {g.MaxSize}, " +
                $"{g.DiskSizeGiB.ToString(CultureInfo.InvariantCulture)} GiB, {g.AmiType}" +
                (g.Labels.Count > 0 ? ", labels " + string.Join(" ", g.Labels.Select(l => l.Key + "=" + l.Value)) : string.Empty) +
                (g.Taints.Count > 0 ? ", taints " + string.Join(" ", g.Taints.Select(t => $"{t.Key}={t.Value}:{Wire(t.Effect)}")) : string.Empty));
        }

        foreach (var p in request.FargateProfiles)
        {
            Row(table, $"fargateProfiles[{p.Name}]", string.Join("; ", p.Selectors.Select(s =>
                "namespace " + s.Namespace + (s.Labels.Count > 0 ? " with " + string.Join(" ", s.Labels.Select(l => l.Key + "=" + l.Value)) : string.Empty))));
        }

        Row(table, "addons", request.Addons.Count == 0 ? "none (EKS installs vpc-cni, coredns, kube-proxy itself)"
            : string.Join(", ", request.Addons.Select(a => a.Version is null ? a.Name : a.Name + " " + a.Version)));
        Row(table, "access.adminPrincipalArns", AccessLines.Admins(request.Access.AdminPrincipalArns) + "; eksprov up adds its caller (STS GetCallerIdentity)");
        Row(table, "ttlHours", Expiry(request, plan));
        Row(table, "owner", request.Owner ?? "(not given)");
        Row(table, "ticket", request.Ticket is { } t ? t.TagValue + (t.Url is null ? string.Empty : " " + t.Url) : "(not given)");
        return table;
    }

    private static void Row(Table table, string setting, string value) => table.AddRow(Cell(setting), Cell(value));

    private static string OnOff(bool on) => on ? "on" : "off";

    /// <summary>The JSON spelling of a closed-set value, so the table reads like the request file.</summary>
    private static string Wire<T>(T value)
        where T : struct, Enum =>
        System.Text.Json.JsonSerializer.Serialize(value, WireTypes.For<T>()).Trim('"');
}
