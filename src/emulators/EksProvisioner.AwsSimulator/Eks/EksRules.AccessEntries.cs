using System.Globalization;
using System.Text.Json.Nodes;
using static EksProvisioner.AwsSimulator.Eks.EksBody;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>Access entry rules.</summary>
internal sealed partial class EksRules
{
    private const string AccessPolicyPrefix = "arn:aws:eks::aws:cluster-access-policy/";

    /// <summary>
    /// Access entries need the API authentication mode ("Grant IAM users access to Kubernetes with EKS
    /// access entries"): a cluster created through the API defaults to CONFIG_MAP.
    /// </summary>
    public EksAccessEntry CreateAccessEntry(string regionName, string clusterName, JsonObject body)
    {
        var region = Region(regionName);
        var principal = Required(body, "principalArn");
        var cluster = ActiveCluster(regionName, clusterName);
        if (cluster.AuthenticationMode == "CONFIG_MAP")
        {
            throw EksErrors.InvalidRequest("The cluster's authentication mode must be set to one of [API, API_AND_CONFIG_MAP] to perform this operation.");
        }

        var parts = principal.Split(':', 6);
        if (parts.Length != 6 || parts[2] != "iam" || !(parts[5].StartsWith("role/", StringComparison.Ordinal) || parts[5].StartsWith("user/", StringComparison.Ordinal)))
        {
            throw EksErrors.InvalidParameter($"The principalArn parameter format is not valid: {principal}");
        }

        if (cluster.AccessEntries.ContainsKey(principal))
        {
            throw EksErrors.InUse("The specified access entry resource is already in use on this cluster.");
        }

        var name = parts[5][(parts[5].LastIndexOf('/') + 1)..];
        var isRole = parts[5].StartsWith("role/", StringComparison.Ordinal);
        var now = Now;
        var entry = new EksAccessEntry
        {
            PrincipalArn = principal,
            Arn = Arn(regionName, $"access-entry/{clusterName}/{(isRole ? "role" : "user")}/{parts[4]}/{name}/{NewUuid(region, "access/" + principal)}"),
            ClusterName = clusterName,
            Username = Optional(body, "username")
                ?? (isRole ? string.Create(CultureInfo.InvariantCulture, $"arn:aws:sts::{parts[4]}:assumed-role/{name}/{{{{SessionName}}}}") : principal),
            Type = Optional(body, "type") ?? "STANDARD",
            KubernetesGroups = Strings(body, "kubernetesGroups"),
            CreatedAt = now,
            ModifiedAt = now,
            Tags = Tags(body),
        };
        cluster.AccessEntries[principal] = entry;
        return entry;
    }

    public EksAccessEntry AccessEntry(string regionName, string clusterName, string principal) =>
        Cluster(regionName, clusterName).AccessEntries.GetValueOrDefault(principal)
        ?? throw EksErrors.NotFound("The specified principalArn could not be found. You can view your available access entries with 'list-access-entries'.");

    public void DeleteAccessEntry(string regionName, string clusterName, string principal)
    {
        AccessEntry(regionName, clusterName, principal);
        Cluster(regionName, clusterName).AccessEntries.Remove(principal);
    }

    public JsonObject AssociateAccessPolicy(string regionName, string clusterName, string principal, JsonObject body)
    {
        var entry = AccessEntry(regionName, clusterName, principal);
        var policyArn = Required(body, "policyArn");
        if (!policyArn.StartsWith(AccessPolicyPrefix, StringComparison.Ordinal))
        {
            throw EksErrors.InvalidParameter($"The policyArn {policyArn} is not a valid access policy ARN.");
        }

        var scope = body["accessScope"] as JsonObject ?? throw EksErrors.InvalidParameter("accessScope must be specified");
        var type = Optional(scope, "type");
        if (type is not ("cluster" or "namespace"))
        {
            throw EksErrors.InvalidParameter("accessScope.type must be one of [cluster, namespace]");
        }

        if (type == "namespace" && Strings(scope, "namespaces").Count == 0)
        {
            throw EksErrors.InvalidParameter("namespaces must be specified for a namespace access scope");
        }

        var now = Now;
        var associatedAt = entry.Policies.TryGetValue(policyArn, out var existing) ? existing["associatedAt"]!.DeepClone() : EksJson.Epoch(now);
        var association = new JsonObject
        {
            ["policyArn"] = policyArn,
            ["accessScope"] = new JsonObject { ["type"] = type, ["namespaces"] = EksJson.Strings(Strings(scope, "namespaces")) },
            ["associatedAt"] = associatedAt,
            ["modifiedAt"] = EksJson.Epoch(now),
        };
        entry.Policies[policyArn] = association;
        return association;
    }
}
