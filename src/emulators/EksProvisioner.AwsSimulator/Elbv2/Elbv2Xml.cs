using System.Globalization;
using System.Xml.Linq;
using static EksProvisioner.AwsSimulator.Wire.QueryXml;

namespace EksProvisioner.AwsSimulator.Elbv2;

/// <summary>ELBv2's XML shapes (LoadBalancer, TargetGroup, TagDescription) as botocore's elbv2 model names them.</summary>
internal static class Elbv2Xml
{
    public static XNamespace Ns { get; } = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";

    public static object[] LoadBalancer(Elbv2LoadBalancer lb, string state) =>
    [
        E("LoadBalancerArn", lb.Arn),
        E("DNSName", lb.DnsName),
        E("CanonicalHostedZoneId", lb.Type == "application" ? "Z35SXDOTRQ7X7K" : "Z26RNL4JYFTOTI"),
        E("CreatedTime", Timestamp(lb.Lifecycle.CreatedAt)),
        E("LoadBalancerName", lb.Name),
        E("Scheme", lb.Scheme),
        E("VpcId", lb.VpcId),
        E("State", E("Code", state)),
        E("Type", lb.Type),
        Members("AvailabilityZones", lb.Placements.Select(p => new object[] { E("ZoneName", p.Zone), E("SubnetId", p.SubnetId) })),
        lb.Type == "application" ? Members("SecurityGroups", lb.SecurityGroups) : null!,
        E("IpAddressType", "ipv4"),
    ];

    public static object[] TargetGroup(Elbv2TargetGroup group) =>
    [
        E("TargetGroupArn", group.Arn),
        E("TargetGroupName", group.Name),
        group.Protocol is null ? null! : E("Protocol", group.Protocol),
        group.Port is null ? null! : E("Port", group.Port.Value.ToString(CultureInfo.InvariantCulture)),
        group.VpcId is null ? null! : E("VpcId", group.VpcId),
        Members("LoadBalancerArns", group.LoadBalancerArns),
        E("TargetType", group.TargetType),
    ];

    public static object[] TagDescription(string arn, IReadOnlyDictionary<string, string> tags) =>
    [
        E("ResourceArn", arn),
        Members("Tags", tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new object[] { E("Key", t.Key), E("Value", t.Value) })),
    ];
}
