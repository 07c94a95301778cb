using System.Text.Json.Nodes;
using EksProvisioner.Core.Access;
using EksProvisioner.Core.Contract.Rules;
using EksProvisioner.Core.Naming;

namespace EksProvisioner.Core.Contract.Reading;

/// <summary>
/// Reads a request document into a fully defaulted <see cref="EnvironmentRequest"/>, checking each
/// field where it is read, then the rules that span sections. Reports every problem it can find.
/// </summary>
internal static class RequestReader
{
    private static readonly string[] Fields =
    [
        "name", "region", "kubernetesVersion", "network", "cluster", "nodeGroups", "fargateProfiles",
        "addons", "access", "ttlHours", "owner", "ticket", "tags",
    ];

    /// <summary>Root fields where null is meaningful: no expiry, no owner, no ticket.</summary>
    private static readonly string[] Nullable = ["ttlHours", "owner", "ticket"];

    /// <param name="defaultRegion">The region of a request that names none: the contract's default, or a stack's own region.</param>
    public static EnvironmentRequest? Read(JsonNode? root, string defaultRegion, ProblemList problems)
    {
        var f = JsonFields.Open(root, JsonPath.Root, problems, Fields, Nullable);
        if (f is null)
        {
            return null;
        }

        var name = ReadName(f, problems);
        var region = f.String("region") ?? defaultRegion;
        if (!AwsSyntax.Region().IsMatch(region))
        {
            problems.Add(f.At("region"), $"'{region}' is not an AWS Region name; use one such as us-east-1");
        }

        var version = f.String("kubernetesVersion", "a string such as \"" + KubernetesVersions.Default + "\"") ?? KubernetesVersions.Default;
        if (!KubernetesVersions.Supported.Contains(version, StringComparer.Ordinal))
        {
            problems.Add(f.At("kubernetesVersion"), $"'{version}' is not supported; use one of {string.Join(", ", KubernetesVersions.Supported)}");
        }

        var network = NetworkReader.Read(f.Node("network"), f.At("network"), region, problems);
        var cluster = ClusterReader.Read(f.Node("cluster"), f.At("cluster"), problems);
        var nodeGroups = NodeGroupReader.ReadAll(f, problems);
        var fargateProfiles = FargateProfileReader.ReadAll(f, problems);
        var addons = AddonReader.ReadAll(f, problems);
        var access = AccessReader.Read(f.Node("access"), f.At("access"), problems);
        var ttl = f.Integer("ttlHours", "a whole number of hours from 1 to 720, or null for no expiry");
        if (ttl is < 1 or > 720)
        {
            problems.Add(f.At("ttlHours"), $"{ttl} is out of range; use 1 to 720 hours (30 days), or null for no expiry");
        }

        var owner = f.String("owner");
        if (owner is not null && TagRules.CheckValue(owner, allowEmpty: false) is { } ownerProblem)
        {
            problems.Add(f.At("owner"), ownerProblem + " (it becomes the " + TagKeys.Owner + " tag)");
        }

        var ticket = TicketReader.Read(f.Node("ticket"), f.At("ticket"), problems);
        var tags = f.StringMap("tags", "an object of tag keys to string values") ?? new Dictionary<string, string>();
        TagRules.CheckUserTags(tags, f.At("tags"), problems);

        // An owner who is an IAM principal asked for the environment and is its admin by default.
        var request = AccessPrincipals.WithAdmin(
            new EnvironmentRequest(name, region, version, network, cluster, nodeGroups, fargateProfiles, addons, access, ttl, owner, ticket, tags),
            owner);
        CrossRules.Check(request, problems);
        return request;
    }

    private static string ReadName(JsonFields f, ProblemList problems)
    {
        const string Rule = "use 1-40 lowercase letters, digits or hyphens, starting with a letter and not ending with a hyphen";
        var name = f.String("name");
        if (name is null)
        {
            problems.Add(f.At("name"), "required; " + Rule);
            return string.Empty;
        }

        if (!AwsSyntax.EnvironmentName().IsMatch(name))
        {
            problems.Add(f.At("name"), $"'{name}' is not a valid environment name; " + Rule);
        }

        return name;
    }
}
