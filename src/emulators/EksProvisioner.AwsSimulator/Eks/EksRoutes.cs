namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>
/// The EKS REST-JSON routes of the botocore model (requestUri templates), matched on the raw path so
/// that ARNs with an encoded '/' stay one segment.
/// </summary>
internal static class EksRoutes
{
    private static readonly (string Method, string Template, string Operation)[] Table =
    [
        ("POST", "clusters", "CreateCluster"),
        ("GET", "clusters", "ListClusters"),
        ("GET", "clusters/*", "DescribeCluster"),
        ("DELETE", "clusters/*", "DeleteCluster"),
        ("POST", "clusters/*/node-groups", "CreateNodegroup"),
        ("GET", "clusters/*/node-groups", "ListNodegroups"),
        ("GET", "clusters/*/node-groups/*", "DescribeNodegroup"),
        ("DELETE", "clusters/*/node-groups/*", "DeleteNodegroup"),
        ("POST", "clusters/*/node-groups/*/update-config", "UpdateNodegroupConfig"),
        ("POST", "clusters/*/fargate-profiles", "CreateFargateProfile"),
        ("GET", "clusters/*/fargate-profiles", "ListFargateProfiles"),
        ("GET", "clusters/*/fargate-profiles/*", "DescribeFargateProfile"),
        ("DELETE", "clusters/*/fargate-profiles/*", "DeleteFargateProfile"),
        ("POST", "clusters/*/addons", "CreateAddon"),
        ("GET", "clusters/*/addons", "ListAddons"),
        ("GET", "clusters/*/addons/*", "DescribeAddon"),
        ("DELETE", "clusters/*/addons/*", "DeleteAddon"),
        ("POST", "clusters/*/access-entries", "CreateAccessEntry"),
        ("GET", "clusters/*/access-entries", "ListAccessEntries"),
        ("GET", "clusters/*/access-entries/*", "DescribeAccessEntry"),
        ("DELETE", "clusters/*/access-entries/*", "DeleteAccessEntry"),
        ("POST", "clusters/*/access-entries/*/access-policies", "AssociateAccessPolicy"),
        ("POST", "tags/*", "TagResource"),
        ("GET", "tags/*", "ListTagsForResource"),
        ("DELETE", "tags/*", "UntagResource"),
    ];

    public static EksRoute? Match(string method, string rawPath)
    {
        var segments = rawPath.Trim('/').Split('/');
        foreach (var (routeMethod, template, operation) in Table)
        {
            if (routeMethod != method)
            {
                continue;
            }

            var parts = template.Split('/');
            if (parts.Length != segments.Length)
            {
                continue;
            }

            var parameters = new List<string>();
            var matched = true;
            for (var i = 0; i < parts.Length && matched; i++)
            {
                if (parts[i] == "*")
                {
                    parameters.Add(Uri.UnescapeDataString(segments[i]));
                }
                else
                {
                    matched = parts[i] == segments[i];
                }
            }

            if (matched)
            {
                return new EksRoute(operation, parameters);
            }
        }

        return null;
    }
}
