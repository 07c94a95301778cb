using YamlDotNet.RepresentationModel;

namespace EksProvisioner.Cli.Kube;

/// <summary>
/// One environment's entries in a user's kubeconfig, merged and removed the way kubectl users expect:
/// other clusters, contexts, users and settings stay as they are (node by node, so their scalar styles
/// survive), and our cluster and user entries are named by the cluster ARN, which differs across
/// regions, accounts and name prefixes.
/// </summary>
internal static class KubeconfigDocument
{
    /// <summary>
    /// <paramref name="existing"/> (null or empty: a new file) with the cluster and user of
    /// <paramref name="generated"/> (the stage's kubeconfig) and a context named
    /// <paramref name="environment"/>, or <paramref name="fallbackContext"/> when that name already leads to
    /// another cluster; the context becomes current. <paramref name="execEnv"/> is added to the exec section.
    /// </summary>
    public static (string Text, string Context) Merge(
        string? existing, string generated, string environment, string fallbackContext, IReadOnlyList<KeyValuePair<string, string>> execEnv)
    {
        var source = KubeYaml.Load(generated) ?? throw new FormatException("the environment's kubeconfig is empty");
        var cluster = (YamlMappingNode)KubeYaml.List(source, "clusters").Children[0];
        var user = (YamlMappingNode)KubeYaml.List(source, "users").Children[0];
        var entry = KubeYaml.Text(cluster, "name")!;
        if (execEnv.Count > 0 && KubeYaml.Child(KubeYaml.Child(user, "user"), "exec") is { } exec)
        {
            exec.Children[new YamlScalarNode("env")] = new YamlSequenceNode(execEnv.Select(e => (YamlNode)new YamlMappingNode(
                new YamlScalarNode("name"), new YamlScalarNode(e.Key),
                new YamlScalarNode("value"), KubeYaml.Quoted(e.Value))));
        }

        var root = KubeYaml.Load(existing) ?? KubeYaml.Empty();
        var taken = KubeYaml.Named(KubeYaml.List(root, "contexts"), environment);
        var context = taken is null || KubeYaml.Text(KubeYaml.Child(taken, "context"), "cluster") == entry ? environment : fallbackContext;
        KubeYaml.Upsert(KubeYaml.List(root, "clusters"), cluster);
        KubeYaml.Upsert(KubeYaml.List(root, "users"), user);
        KubeYaml.Upsert(KubeYaml.List(root, "contexts"), new YamlMappingNode(
            new YamlScalarNode("name"), KubeYaml.Quoted(context),
            new YamlScalarNode("context"), new YamlMappingNode(
                new YamlScalarNode("cluster"), KubeYaml.Quoted(entry),
                new YamlScalarNode("user"), KubeYaml.Quoted(entry))));
        root.Children[new YamlScalarNode("current-context")] = KubeYaml.Quoted(context);
        return (KubeYaml.Save(root), context);
    }

    /// <summary>
    /// <paramref name="existing"/> without the cluster and user named <paramref name="clusterEntry"/> and every
    /// context that uses that cluster; the current context is cleared when it was one of them. Null when
    /// nothing of ours is in it.
    /// </summary>
    public static string? Remove(string? existing, string clusterEntry)
    {
        if (KubeYaml.Load(existing) is not { } root)
        {
            return null;
        }

        var contexts = KubeYaml.List(root, "contexts");
        var ours = contexts.Children.OfType<YamlMappingNode>()
            .Where(c => KubeYaml.Text(KubeYaml.Child(c, "context"), "cluster") == clusterEntry)
            .ToList();
        var removed = KubeYaml.RemoveNamed(KubeYaml.List(root, "clusters"), clusterEntry)
            | KubeYaml.RemoveNamed(KubeYaml.List(root, "users"), clusterEntry)
            | ours.Count > 0;
        var names = ours.Select(c => KubeYaml.Text(c, "name")).ToHashSet(StringComparer.Ordinal);
        ours.ForEach(c => contexts.Children.Remove(c));
        if (KubeYaml.Text(root, "current-context") is { } current && names.Contains(current))
        {
            root.Children[new YamlScalarNode("current-context")] = KubeYaml.Quoted(string.Empty);
        }

        return removed ? KubeYaml.Save(root) : null;
    }

    /// <summary>The cluster entry that the context named <paramref name="context"/> uses, if any.</summary>
    public static string? ClusterOf(string? existing, string context) =>
        KubeYaml.Load(existing) is { } root && KubeYaml.Named(KubeYaml.List(root, "contexts"), context) is { } found
            ? KubeYaml.Text(KubeYaml.Child(found, "context"), "cluster")
            : null;

    /// <summary>The cluster entry of a kubeconfig this tool generated (its only cluster).</summary>
    public static string? GeneratedCluster(string generated) =>
        KubeYaml.Load(generated) is { } root && KubeYaml.List(root, "clusters").Children.FirstOrDefault() is YamlMappingNode cluster
            ? KubeYaml.Text(cluster, "name")
            : null;
}
