using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EksProvisioner.Cli.Kube;

/// <summary>The few node operations a kubeconfig needs: its named lists (clusters, contexts, users) and scalars.</summary>
internal static class KubeYaml
{
    public static YamlMappingNode? Load(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode
            ?? throw new FormatException("a kubeconfig must be a YAML mapping");
    }

    public static YamlMappingNode Empty() => new(
        new YamlScalarNode("apiVersion"), new YamlScalarNode("v1"),
        new YamlScalarNode("kind"), new YamlScalarNode("Config"),
        new YamlScalarNode("preferences"), new YamlMappingNode());

    public static string Save(YamlMappingNode root)
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);

        // The stream ends its document with "..."; kubectl reads it, but people should not have to.
        var text = writer.ToString().TrimEnd();
        return (text.EndsWith("\n...", StringComparison.Ordinal) ? text[..^4] : text) + "\n";
    }

    public static YamlScalarNode Quoted(string value) => new(value) { Style = ScalarStyle.DoubleQuoted };

    public static YamlMappingNode? Child(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child as YamlMappingNode : null;

    public static string? Text(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? (child as YamlScalarNode)?.Value : null;

    /// <summary>The list under <paramref name="key"/>, created when missing or null (kubectl writes <c>clusters: null</c>).</summary>
    public static YamlSequenceNode List(YamlMappingNode root, string key)
    {
        if (root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode list)
        {
            return list;
        }

        list = [];
        root.Children[new YamlScalarNode(key)] = list;
        return list;
    }

    public static YamlMappingNode? Named(YamlSequenceNode list, string name) =>
        list.Children.OfType<YamlMappingNode>().FirstOrDefault(n => Text(n, "name") == name);

    /// <summary>Replaces the entry of the same name in place (keeping the list's order), else appends.</summary>
    public static void Upsert(YamlSequenceNode list, YamlMappingNode entry)
    {
        var index = Named(list, Text(entry, "name")!) is { } old ? list.Children.IndexOf(old) : -1;
        if (index < 0)
        {
            list.Add(entry);
        }
        else
        {
            list.Children[index] = entry;
        }
    }

    public static bool RemoveNamed(YamlSequenceNode list, string name) =>
        Named(list, name) is { } found && list.Children.Remove(found);
}
