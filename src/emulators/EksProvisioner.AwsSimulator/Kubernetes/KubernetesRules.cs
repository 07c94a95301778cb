using System.Globalization;
using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// The API server's verbs on one cluster without wire format: get, list, create, update, patch (merge,
/// strategic merge and server-side apply, all as a merge), delete.
/// </summary>
internal static class KubernetesRules
{
    public static KubernetesReply Get(KubernetesView view, KubernetesResource resource, string? ns, string name)
    {
        var key = KubernetesObjects.Key(resource, ns, name);
        var found = KubernetesObjects.Read(view, resource).FirstOrDefault(o => o.Key == key).Object;
        return found is null ? KubernetesReply.NotFound(resource, name) : KubernetesReply.Ok(found);
    }

    public static List<JsonObject> List(KubernetesView view, KubernetesResource resource, string? ns, string? labelSelector, string? fieldSelector) =>
        [.. KubernetesObjects.Read(view, resource)
            .Select(o => o.Object)
            .Where(o => ns is null || (string?)o["metadata"]!["namespace"] == ns)
            .Where(o => KubernetesSelectors.Matches(o, labelSelector, fieldSelector))];

    /// <summary>Create (POST), replace (PUT) or patch (PATCH; `apply` is server-side apply, which also creates).</summary>
    public static KubernetesReply Write(KubernetesView view, KubernetesResource resource, string? ns, string? name, JsonObject body, string verb, string? fieldManager)
    {
        ns = resource.Namespaced ? ns ?? (string?)body["metadata"]?["namespace"] ?? "default" : null;
        name ??= (string?)body["metadata"]?["name"];
        if (string.IsNullOrEmpty(name))
        {
            return KubernetesReply.Failure(422, "Invalid", $"{resource.Kind} is invalid: metadata.name: Required value: name is required");
        }

        var key = KubernetesObjects.Key(resource, ns, name);
        var existing = view.Api.Objects.GetValueOrDefault(key);
        var builtIn = resource.Plural == "namespaces" && KubernetesObjects.BuiltInNamespaces.Contains(name) ? KubernetesObjects.Namespace(view, name) : null;
        existing ??= builtIn;
        if (verb == "create" && existing is not null)
        {
            return KubernetesReply.Failure(409, "AlreadyExists", $"{resource.Plural} \"{name}\" already exists", name, resource.Plural);
        }

        if (verb is "update" or "patch" && existing is null)
        {
            return KubernetesReply.NotFound(resource, name);
        }

        var merged = (JsonObject)(verb is "patch" or "apply" ? JsonMergePatch.Apply(existing, body)! : body.DeepClone());
        merged["apiVersion"] = resource.ApiVersion;
        merged["kind"] = resource.Kind;
        merged.Remove("status");
        var metadata = merged["metadata"] as JsonObject ?? [];
        merged["metadata"] = metadata;
        metadata["name"] = name;
        if (ns is not null)
        {
            metadata["namespace"] = ns;
        }

        var old = existing?["metadata"] as JsonObject;
        metadata["uid"] = (string?)old?["uid"] ?? KubernetesView.Hash(view.Cluster.Arn + "/" + key + "/" + view.Api.ResourceVersion, 32);
        metadata["creationTimestamp"] = (string?)old?["creationTimestamp"] ?? KubernetesView.Timestamp(view.Now);
        var specChanged = existing is null || existing["spec"]?.ToJsonString() != merged["spec"]?.ToJsonString();
        var generation = (long?)old?["generation"] ?? 0;
        metadata["generation"] = specChanged ? generation + 1 : Math.Max(generation, 1);
        metadata["resourceVersion"] = (++view.Api.ResourceVersion).ToString(CultureInfo.InvariantCulture);
        if (fieldManager is not null)
        {
            metadata["managedFields"] = new JsonArray(new JsonObject
            {
                ["manager"] = fieldManager,
                ["operation"] = verb == "apply" ? "Apply" : "Update",
                ["apiVersion"] = resource.ApiVersion,
                ["time"] = KubernetesView.Timestamp(view.Now),
            });
        }

        if (specChanged)
        {
            view.Api.ChangedAt[key] = view.Now;
        }

        if (resource.Plural == "services")
        {
            KubernetesServices.Written(view, ns!, name, merged);
        }

        view.Api.Objects[key] = merged;
        var reply = Get(view, resource, ns, name);
        return existing is null || existing == builtIn ? reply with { Code = 201 } : reply;
    }

    public static KubernetesReply Delete(KubernetesView view, KubernetesResource resource, string? ns, string name)
    {
        var found = Get(view, resource, ns, name);
        var key = KubernetesObjects.Key(resource, ns, name);
        if (!view.Api.Objects.Remove(key, out var removed))
        {
            return found.Code == 200 ? KubernetesReply.Failure(405, "MethodNotAllowed", $"{resource.Plural} \"{name}\" is managed by the cluster") : found;
        }

        view.Api.ChangedAt.Remove(key);
        if (resource.Plural == "services")
        {
            KubernetesServices.Deleted(view, ns!, name, removed);
        }
        else if (resource.Plural == "namespaces")
        {
            foreach (var inside in view.Api.Objects.Keys.Where(k => k.Split('/')[1] == name).ToList())
            {
                var parts = inside.Split('/');
                var kind = KubernetesResources.All.First(r => r.Plural == parts[0]);
                Delete(view, kind, parts[1], parts[2]);
            }
        }

        return found;
    }
}
