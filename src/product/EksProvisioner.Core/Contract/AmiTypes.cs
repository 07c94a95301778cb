namespace EksProvisioner.Core.Contract;

/// <summary>
/// The EKS managed node group AMI types we accept (the EKS AMITypes enum). Left out: CUSTOM and the
/// capacity-block flavour, which need a launch template this product does not create.
/// </summary>
public static class AmiTypes
{
    public const string Al2023X8664Standard = "AL2023_x86_64_STANDARD";

    /// <summary>Every accepted AMI type, in EKS's order.</summary>
    public static IReadOnlyList<string> Supported { get; } =
    [
        "AL2_x86_64", "AL2_x86_64_GPU", "AL2_ARM_64",
        "BOTTLEROCKET_ARM_64", "BOTTLEROCKET_x86_64", "BOTTLEROCKET_ARM_64_FIPS", "BOTTLEROCKET_x86_64_FIPS",
        "BOTTLEROCKET_ARM_64_NVIDIA", "BOTTLEROCKET_x86_64_NVIDIA",
        "BOTTLEROCKET_ARM_64_NVIDIA_FIPS", "BOTTLEROCKET_x86_64_NVIDIA_FIPS",
        "WINDOWS_CORE_2019_x86_64", "WINDOWS_FULL_2019_x86_64", "WINDOWS_CORE_2022_x86_64",
        "WINDOWS_FULL_2022_x86_64", "WINDOWS_CORE_2025_x86_64", "WINDOWS_FULL_2025_x86_64",
        Al2023X8664Standard, "AL2023_ARM_64_STANDARD", "AL2023_x86_64_NEURON",
        "AL2023_x86_64_NVIDIA", "AL2023_ARM_64_NVIDIA",
    ];

    /// <summary>True for AMI types that run on Arm (Graviton) instances.</summary>
    public static bool IsArm(string amiType) => amiType.Contains("_ARM_64", StringComparison.Ordinal);

    /// <summary>
    /// True for Amazon Linux 2 AMI types, which EKS does not publish for Kubernetes 1.33 and later.
    /// </summary>
    public static bool IsAmazonLinux2(string amiType) => amiType.StartsWith("AL2_", StringComparison.Ordinal);
}
