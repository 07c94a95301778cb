using EksProvisioner.Core.Contract.Reading;
using EksProvisioner.Core.Naming;

namespace EksProvisioner.Core.Contract.Rules;

/// <summary>Rules that span sections of the request, checked on the defaulted request.</summary>
internal static class CrossRules
{
    public static void Check(EnvironmentRequest request, ProblemList problems)
    {
        if (request.NodeGroups.Count == 0 && request.FargateProfiles.Count == 0)
        {
            problems.Add("$.nodeGroups", "is empty and there are no fargateProfiles, so pods could run nowhere; give a node group or a Fargate profile");
        }

        if (request.FargateProfiles.Count > 0 && request.Network.NatGateways == NatGatewayMode.None)
        {
            problems.Add("$.fargateProfiles", "Fargate pods run only in private subnets, which have no route out when network.natGateways is none; use single or perAz");
        }

        for (var i = 0; i < request.NodeGroups.Count; i++)
        {
            CheckAmi(request, request.NodeGroups[i], JsonPath.Index("$.nodeGroups", i), problems);
        }

        var allowed = TagKeys.MaxTagsPerResource - TagKeys.MaxResourceSpecificTags - OwnershipTags.OwnershipTagCount(request);
        if (request.Tags.Count > allowed)
        {
            problems.Add("$.tags", $"has {request.Tags.Count} tags; with the {OwnershipTags.OwnershipTagCount(request)} ownership tag(s) and up to {TagKeys.MaxResourceSpecificTags} per-resource tags, AWS's limit of {TagKeys.MaxTagsPerResource} leaves room for at most {allowed}");
        }
    }

    private static void CheckAmi(EnvironmentRequest request, NodeGroupSpec group, string path, ProblemList problems)
    {
        if (!AmiTypes.Supported.Contains(group.AmiType, StringComparer.Ordinal))
        {
            return;
        }

        if (AmiTypes.IsAmazonLinux2(group.AmiType) && !KubernetesVersions.HasAmazonLinux2Amis(request.KubernetesVersion))
        {
            problems.Add(path + ".amiType", $"EKS publishes no {group.AmiType} AMIs for Kubernetes {request.KubernetesVersion} (Amazon Linux 2 stops at 1.32); use an AL2023 or Bottlerocket AMI type");
            return;
        }

        var arm = AmiTypes.IsArm(group.AmiType);
        for (var i = 0; i < group.InstanceTypes.Count; i++)
        {
            var type = group.InstanceTypes[i];
            if (!AwsSyntax.InstanceType().IsMatch(type) || AwsSyntax.ArmInstanceType().IsMatch(type) == arm)
            {
                continue;
            }

            problems.Add(JsonPath.Index(path + ".instanceTypes", i), arm
                ? $"{type} is an x86_64 instance type but amiType {group.AmiType} needs Arm (Graviton) types such as m7g.large; use an x86_64 AMI type or a Graviton instance type"
                : $"{type} is an Arm (Graviton) instance type but amiType {group.AmiType} is for x86_64; use an ARM_64 AMI type or an x86_64 instance type");
        }
    }
}
