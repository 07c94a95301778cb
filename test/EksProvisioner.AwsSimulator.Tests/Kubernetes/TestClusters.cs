using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Eks;
using EksProvisioner.AwsSimulator.Kubernetes;

namespace EksProvisioner.AwsSimulator.Tests.Kubernetes;

/// <summary>Builds ACTIVE clusters with a Kubernetes API, node groups and Fargate profiles, without the EKS service.</summary>
internal static class TestClusters
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static EksCluster Active(string name = "demo") => new()
    {
        Name = name,
        Arn = "arn:aws:eks:us-east-1:123456789012:cluster/" + name,
        Id = "11111111-2222-3333-4444-555555555555",
        Version = "1.31",
        RoleArn = "arn:aws:iam::123456789012:role/cluster",
        Life = new Lifecycle { CreatedAt = Start, ReadyAt = Start },
        SubnetIds = ["subnet-a", "subnet-b", "subnet-c"],
        CreatorArn = "arn:aws:iam::123456789012:user/creator",
        Kubernetes = new KubernetesCluster { Port = 1, CaCertificatePem = string.Empty, ServerCertificatePem = string.Empty, ServerKeyPem = string.Empty },
    };

    public static EksNodegroup Nodegroup(EksCluster cluster, string name, int size, JsonArray? taints = null)
    {
        var group = new EksNodegroup
        {
            Name = name,
            Arn = cluster.Arn.Replace(":cluster/", ":nodegroup/", StringComparison.Ordinal) + "/" + name,
            ClusterName = cluster.Name,
            Version = cluster.Version,
            NodeRole = "arn:aws:iam::123456789012:role/node",
            Life = new Lifecycle { CreatedAt = Start, ReadyAt = Start },
            DesiredSize = size,
            Subnets = ["subnet-a", "subnet-b"],
            Taints = taints,
        };
        cluster.Nodegroups[name] = group;
        return group;
    }

    public static void Fargate(EksCluster cluster, string ns) => cluster.FargateProfiles["fp"] = new EksFargateProfile
    {
        Name = "fp",
        Arn = cluster.Arn + "/fp",
        ClusterName = cluster.Name,
        PodExecutionRoleArn = "arn:aws:iam::123456789012:role/fargate",
        Life = new Lifecycle { CreatedAt = Start, ReadyAt = Start },
        Selectors = new JsonArray(new JsonObject { ["namespace"] = ns }),
    };

    public static KubernetesView View(EksCluster cluster, DateTimeOffset now, IServiceLoadBalancers? balancers = null, IEc2Network? network = null) =>
        new(cluster, "us-east-1", now, network, balancers);

    public static JsonObject Deployment(string name, int replicas, JsonObject? podSpec = null) => new()
    {
        ["apiVersion"] = "apps/v1",
        ["kind"] = "Deployment",
        ["metadata"] = new JsonObject { ["name"] = name },
        ["spec"] = new JsonObject
        {
            ["replicas"] = replicas,
            ["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app"] = name } },
            ["template"] = new JsonObject
            {
                ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["app"] = name } },
                ["spec"] = podSpec ?? new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = "web", ["image"] = "nginx" }) },
            },
        },
    };
}
