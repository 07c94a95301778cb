using EksProvisioner.Aws;
using EksProvisioner.Aws.Ec2;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Naming;

namespace EksProvisioner.Workflow.Support;

/// <summary>
/// Whether an environment is already there before a provisioning creates anything: its cluster (anyone's
/// of that name), or a VPC carrying its tag (what every provisioning makes first, and the last thing a
/// teardown deletes). Defence in depth behind the triggers' own refusal: a second provisioning never
/// starts on a live environment, so neither it nor its rollback can touch that environment.
/// </summary>
internal static class ExistingEnvironment
{
    /// <summary>What shows the environment exists, or null when nothing does.</summary>
    public static async Task<string?> DescribeAsync(IEksClient eks, IEc2Client ec2, ResourceNames names, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(names);
        var environment = names.Environment;
        var clusterName = names.Cluster;
        try
        {
            var cluster = (await eks.DescribeClusterAsync(new DescribeClusterRequest { Name = clusterName }, ct)).Cluster;
            if (cluster is not null)
            {
                return $"EKS cluster {clusterName} exists ({cluster.Status}{CreatedBy(cluster.Tags)})";
            }
        }
        catch (AwsResourceNotFoundException)
        {
            // No cluster: look for the network.
        }

        var vpc = (await NetworkFinder.VpcsAsync(ec2, environment, null, ct)).FirstOrDefault();
        return vpc is null
            ? null
            : $"VPC {vpc.VpcId} tagged {TagKeys.Environment}={environment} exists{CreatedBy(vpc.Tags?.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal))}";
    }

    private static string CreatedBy(IReadOnlyDictionary<string, string>? tags) =>
        tags is not null && tags.TryGetValue(TagKeys.Provisioning, out var by) ? $", created by {by}" : "";
}
