namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// A resource path parsed: `/api/v1[/namespaces/NS]/PLURAL[/NAME[/status]]` or the same under
/// `/apis/GROUP/VERSION`; `/api/v1/namespaces/NAME` is the namespace itself.
/// </summary>
internal sealed record KubernetesPath(string GroupVersion, KubernetesResource? Resource, string? Namespace, string? Name, string? Subresource)
{
    public static KubernetesPath? Parse(string path)
    {
        var parts = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        int start;
        string groupVersion;
        if (parts.Length >= 2 && parts[0] == "api")
        {
            (groupVersion, start) = (parts[1], 2);
        }
        else if (parts.Length >= 3 && parts[0] == "apis")
        {
            (groupVersion, start) = (parts[1] + "/" + parts[2], 3);
        }
        else
        {
            return null;
        }

        var rest = parts[start..];
        string? ns = null;
        if (rest.Length >= 3 && rest[0] == "namespaces")
        {
            ns = rest[1];
            rest = rest[2..];
        }

        if (rest.Length == 0)
        {
            return new KubernetesPath(groupVersion, null, null, null, null);
        }

        var resource = KubernetesResources.Find(groupVersion, rest[0]);
        return resource is null ? null : new KubernetesPath(groupVersion, resource, ns, rest.Length > 1 ? rest[1] : null, rest.Length > 2 ? rest[2] : null);
    }
}
