using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Hosting;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>
/// EKS wire shapes of the botocore model (Cluster, Nodegroup, FargateProfile, Addon, AccessEntry).
/// Timestamps are epoch seconds, as the REST-JSON protocol sends them.
/// </summary>
internal static class EksJson
{
    public static JsonNode Epoch(DateTimeOffset time) => JsonValue.Create(time.ToUnixTimeMilliseconds() / 1000.0);

    public static JsonObject Cluster(EksCluster c, DateTimeOffset now, string region)
    {
        var phase = c.Life.PhaseAt(now);
        var json = new JsonObject
        {
            ["name"] = c.Name,
            ["arn"] = c.Arn,
            ["createdAt"] = Epoch(c.Life.CreatedAt),
            ["version"] = c.Version,
            ["roleArn"] = c.RoleArn,
            ["resourcesVpcConfig"] = new JsonObject
            {
                ["subnetIds"] = Strings(c.SubnetIds),
                ["securityGroupIds"] = Strings(c.SecurityGroupIds),
                ["clusterSecurityGroupId"] = c.ClusterSecurityGroupId,
                ["vpcId"] = c.VpcId,
                ["endpointPublicAccess"] = c.EndpointPublicAccess,
                ["endpointPrivateAccess"] = c.EndpointPrivateAccess,
                ["publicAccessCidrs"] = Strings(c.PublicAccessCidrs),
            },
            ["kubernetesNetworkConfig"] = new JsonObject { ["serviceIpv4Cidr"] = c.ServiceIpv4Cidr, ["ipFamily"] = "ipv4" },
            ["logging"] = c.Logging?.DeepClone() ?? DefaultLogging(),
            ["identity"] = new JsonObject
            {
                ["oidc"] = new JsonObject { ["issuer"] = $"https://oidc.eks.{region}.amazonaws.com/id/{EndpointId(c)}" },
            },
            ["status"] = c.Life.StatusAt(now),
            ["certificateAuthority"] = phase == Phase.Creating ? new JsonObject() : new JsonObject { ["data"] = CertificateData(c) },
            ["platformVersion"] = "eks.1",
            ["tags"] = Tags(c.Tags),
            ["id"] = c.Id,
            ["health"] = new JsonObject { ["issues"] = new JsonArray() },
            ["accessConfig"] = new JsonObject
            {
                ["bootstrapClusterCreatorAdminPermissions"] = c.BootstrapClusterCreatorAdminPermissions,
                ["authenticationMode"] = c.AuthenticationMode,
            },
            ["upgradePolicy"] = new JsonObject { ["supportType"] = "EXTENDED" },
        };
        if (c.ClientRequestToken is not null)
        {
            json["clientRequestToken"] = c.ClientRequestToken;
        }

        if (phase != Phase.Creating)
        {
            json["endpoint"] = c.Kubernetes?.Endpoint ?? $"https://{EndpointId(c)}.gr7.{region}.eks.amazonaws.com";
        }

        return json;
    }

    public static JsonObject Nodegroup(EksNodegroup n, DateTimeOffset now)
    {
        var phase = n.Life.PhaseAt(now);
        var json = new JsonObject
        {
            ["nodegroupName"] = n.Name,
            ["nodegroupArn"] = n.Arn,
            ["clusterName"] = n.ClusterName,
            ["version"] = n.Version,
            ["releaseVersion"] = ReleaseVersion(n.Version),
            ["createdAt"] = Epoch(n.Life.CreatedAt),
            ["modifiedAt"] = Epoch(n.ModifiedAt > n.Life.ReadyAt || now < n.Life.ReadyAt ? n.ModifiedAt : n.Life.ReadyAt),
            ["status"] = n.Life.StatusAt(now),
            ["capacityType"] = n.CapacityType,
            ["scalingConfig"] = new JsonObject { ["minSize"] = n.MinSize, ["maxSize"] = n.MaxSize, ["desiredSize"] = n.DesiredSize },
            ["instanceTypes"] = Strings(n.InstanceTypes),
            ["subnets"] = Strings(n.Subnets),
            ["amiType"] = n.AmiType,
            ["nodeRole"] = n.NodeRole,
            ["labels"] = n.Labels?.DeepClone() ?? new JsonObject(),
            ["resources"] = phase == Phase.Creating
                ? new JsonObject()
                : new JsonObject { ["autoScalingGroups"] = new JsonArray(new JsonObject { ["name"] = "eks-" + n.Name + "-" + RequestIds.Uuid(n.Arn) }) },
            ["diskSize"] = n.DiskSize,
            ["health"] = new JsonObject { ["issues"] = new JsonArray() },
            ["updateConfig"] = n.UpdateConfig?.DeepClone() ?? new JsonObject { ["maxUnavailable"] = 1 },
            ["tags"] = Tags(n.Tags),
        };
        if (n.Taints is not null)
        {
            json["taints"] = n.Taints.DeepClone();
        }

        return json;
    }

    public static JsonObject FargateProfile(EksFargateProfile f, DateTimeOffset now) => new()
    {
        ["fargateProfileName"] = f.Name,
        ["fargateProfileArn"] = f.Arn,
        ["clusterName"] = f.ClusterName,
        ["createdAt"] = Epoch(f.Life.CreatedAt),
        ["podExecutionRoleArn"] = f.PodExecutionRoleArn,
        ["subnets"] = Strings(f.Subnets),
        ["selectors"] = f.Selectors?.DeepClone() ?? new JsonArray(),
        ["status"] = f.Life.StatusAt(now),
        ["tags"] = Tags(f.Tags),
        ["health"] = new JsonObject { ["issues"] = new JsonArray() },
    };

    public static JsonObject Addon(EksAddon a, DateTimeOffset now)
    {
        var json = new JsonObject
        {
            ["addonName"] = a.Name,
            ["clusterName"] = a.ClusterName,
            ["status"] = a.Life.StatusAt(now),
            ["addonVersion"] = a.Version,
            ["health"] = new JsonObject { ["issues"] = new JsonArray() },
            ["addonArn"] = a.Arn,
            ["createdAt"] = Epoch(a.Life.CreatedAt),
            ["modifiedAt"] = Epoch(now < a.Life.ReadyAt ? a.Life.CreatedAt : a.Life.ReadyAt),
            ["tags"] = Tags(a.Tags),
        };
        if (a.ServiceAccountRoleArn is not null)
        {
            json["serviceAccountRoleArn"] = a.ServiceAccountRoleArn;
        }

        if (a.ConfigurationValues is not null)
        {
            json["configurationValues"] = a.ConfigurationValues;
        }

        return json;
    }

    public static JsonObject AccessEntry(EksAccessEntry e) => new()
    {
        ["clusterName"] = e.ClusterName,
        ["principalArn"] = e.PrincipalArn,
        ["kubernetesGroups"] = Strings(e.KubernetesGroups),
        ["accessEntryArn"] = e.Arn,
        ["createdAt"] = Epoch(e.CreatedAt),
        ["modifiedAt"] = Epoch(e.ModifiedAt),
        ["tags"] = Tags(e.Tags),
        ["username"] = e.Username,
        ["type"] = e.Type,
    };

    /// <summary>The AMI release of a Kubernetes version: node AMIs follow the version they run.</summary>
    public static string ReleaseVersion(string version) => version + ".0-20260101";

    public static JsonObject Update(EksUpdate u, DateTimeOffset now)
    {
        var errors = new JsonArray();
        if (u.ErrorCode is not null && !u.RunningAt(now))
        {
            errors.Add(new JsonObject
            {
                ["errorCode"] = u.ErrorCode,
                ["errorMessage"] = u.ErrorMessage,
                ["resourceIds"] = Strings([u.Nodegroup ?? u.Addon ?? string.Empty]),
            });
        }

        return new JsonObject
        {
            ["id"] = u.Id,
            ["status"] = u.StatusAt(now),
            ["type"] = u.Type,
            ["params"] = new JsonArray(u.Params.Select(p => (JsonNode?)new JsonObject { ["type"] = p.Type, ["value"] = p.Value }).ToArray()),
            ["createdAt"] = Epoch(u.CreatedAt),
            ["errors"] = errors,
        };
    }

    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public static JsonObject Tags(IReadOnlyDictionary<string, string> tags)
    {
        var json = new JsonObject();
        foreach (var (k, v) in tags)
        {
            json[k] = v;
        }

        return json;
    }

    private static string EndpointId(EksCluster c) => c.Id.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private static string CertificateData(EksCluster c) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(c.Kubernetes?.CaCertificatePem ?? string.Empty));

    private static JsonObject DefaultLogging() => new()
    {
        ["clusterLogging"] = new JsonArray(new JsonObject
        {
            ["types"] = Strings(["api", "audit", "authenticator", "controllerManager", "scheduler"]),
            ["enabled"] = false,
        }),
    };
}
