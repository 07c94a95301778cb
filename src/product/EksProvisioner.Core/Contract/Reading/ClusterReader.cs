using System.Text.Json.Nodes;
using EksProvisioner.Core.Network;

namespace EksProvisioner.Core.Contract.Reading;

/// <summary>Reads <c>cluster</c>: endpoint access, public access CIDRs, log types, authentication mode.</summary>
internal static class ClusterReader
{
    private static readonly string[] Fields =
        ["endpointPublicAccess", "endpointPrivateAccess", "publicAccessCidrs", "logTypes", "authenticationMode"];

    public static ClusterSpec Read(JsonNode? node, string path, ProblemList problems)
    {
        var f = JsonFields.OpenOptional(node, path, problems, Fields);
        var isPublic = f.Boolean("endpointPublicAccess") ?? RequestDefaults.EndpointPublicAccess;
        var isPrivate = f.Boolean("endpointPrivateAccess") ?? RequestDefaults.EndpointPrivateAccess;
        if (!isPublic && !isPrivate)
        {
            problems.Add(path, "endpointPublicAccess and endpointPrivateAccess are both false; enable at least one endpoint");
        }

        var cidrs = f.Strings("publicAccessCidrs", "IPv4 CIDRs");
        if (cidrs is { Count: > 0 } && !isPublic)
        {
            problems.Add(f.At("publicAccessCidrs"), "only allowed when endpointPublicAccess is true; remove it or enable the public endpoint");
        }
        else if (cidrs is { Count: 0 } && isPublic)
        {
            problems.Add(f.At("publicAccessCidrs"), "is empty; list at least one CIDR (0.0.0.0/0 for anywhere) or leave it out");
        }
        else if (cidrs is not null)
        {
            for (var i = 0; i < cidrs.Count; i++)
            {
                if (Ipv4Cidr.TryParse(cidrs[i], out var reason) is null)
                {
                    problems.Add(JsonPath.Index(f.At("publicAccessCidrs"), i), $"'{cidrs[i]}' {reason}");
                }
                else if (cidrs.Take(i).Contains(cidrs[i], StringComparer.Ordinal))
                {
                    problems.Add(JsonPath.Index(f.At("publicAccessCidrs"), i), $"'{cidrs[i]}' is listed twice; list each CIDR once");
                }
            }
        }

        var logTypes = f.Strings("logTypes", "log type names") ?? [];
        for (var i = 0; i < logTypes.Count; i++)
        {
            var at = JsonPath.Index(f.At("logTypes"), i);
            if (!ControlPlaneLogTypes.All.Contains(logTypes[i], StringComparer.Ordinal))
            {
                problems.Add(at, $"'{logTypes[i]}' is not a control plane log type; use any of {string.Join(", ", ControlPlaneLogTypes.All)}");
            }
            else if (logTypes.Take(i).Contains(logTypes[i], StringComparer.Ordinal))
            {
                problems.Add(at, $"'{logTypes[i]}' is listed twice; list each log type once");
            }
        }

        var mode = f.Enum("authenticationMode", WireNames.AuthenticationModes) ?? RequestDefaults.Authentication;
        return new ClusterSpec(
            isPublic,
            isPrivate,
            isPublic ? cidrs ?? [RequestDefaults.PublicAccessCidr] : [],
            logTypes,
            mode);
    }
}
