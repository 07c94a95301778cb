using EksProvisioner.Aws;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Naming;

namespace EksProvisioner.Workflow.Support;

/// <summary>The cluster of an environment, when it exists and carries the environment's tag.</summary>
internal static class EksOwnership
{
    /// <summary>
    /// The environment's cluster, or null when there is none. A cluster of that name that is not ours
    /// is also null: teardown never touches it (nor its node groups, profiles or add-ons).
    /// </summary>
    public static Task<Cluster?> OwnedClusterAsync(IEksClient eks, ResourceNames names, CancellationToken ct) =>
        OwnedClusterAsync(eks, names, TeardownScope.Whole(names.Environment), ct);

    /// <summary>The environment's cluster when it is in <paramref name="within"/> (a rollback's: created by its provisioning).</summary>
    public static async Task<Cluster?> OwnedClusterAsync(IEksClient eks, ResourceNames names, TeardownScope within, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(within);
        try
        {
            var cluster = (await eks.DescribeClusterAsync(new DescribeClusterRequest { Name = names.Cluster }, ct)).Cluster;
            return cluster is not null && within.Includes(cluster.Tags) ? cluster : null;
        }
        catch (AwsResourceNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The health issues of a resource, for failure messages.</summary>
    public static string Issues(IEnumerable<(string? Code, string? Message)>? issues)
    {
        var text = string.Join("; ", (issues ?? []).Select(i => $"{i.Code}: {i.Message}"));
        return text.Length == 0 ? "no health issues reported" : text;
    }

    /// <summary>Describes an existing EKS resource for <see cref="AwsIdioms.CreateOrAdoptAsync{T}"/>.</summary>
    public static OwnedResource<T> Owned<T>(T resource, IReadOnlyDictionary<string, string>? tags) => new(resource, tags);
}
