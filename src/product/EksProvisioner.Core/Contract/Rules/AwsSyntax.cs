using System.Text.RegularExpressions;

namespace EksProvisioner.Core.Contract.Rules;

/// <summary>
/// AWS name and identifier syntax, as the service APIs define it. Patterns end with <c>\z</c>: .NET's
/// <c>$</c> also matches before a trailing newline. The published schema keeps <c>$</c>, which in
/// ECMA-262 (JSON Schema's dialect) anchors at the very end.
/// </summary>
internal static partial class AwsSyntax
{
    /// <summary>Environment names: short enough that every derived name fits (see Naming.ResourceNames).</summary>
    [GeneratedRegex("^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?\\z")]
    public static partial Regex EnvironmentName();

    /// <summary>EKS node group and Fargate profile names: ^[0-9A-Za-z][A-Za-z0-9\-_]*$, 1-63 characters.</summary>
    [GeneratedRegex("^[0-9A-Za-z][A-Za-z0-9_-]{0,62}\\z")]
    public static partial Regex EksChildName();

    /// <summary>
    /// EC2 instance types: family.size, such as m5.large, c6gn.16xlarge, m7i-flex.xlarge, u-6tb1.metal.
    /// </summary>
    [GeneratedRegex("^(?=[a-z0-9-]*[0-9][a-z0-9-]*\\.)[a-z][a-z0-9]*(-[a-z0-9]+)?\\.(nano|micro|small|medium|large|xlarge|[1-9][0-9]*xlarge|metal(-[1-9][0-9]*xl)?)\\z")]
    public static partial Regex InstanceType();

    /// <summary>Graviton (Arm) families: a generation digit followed by g, such as m7g, c6gn, t4g, a1.</summary>
    [GeneratedRegex("^([a-z]+[0-9]+g[a-z]*|a1)\\.")]
    public static partial Regex ArmInstanceType();

    [GeneratedRegex("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]\\z")]
    public static partial Regex Region();

    /// <summary>IAM role or user ARNs (access entries take IAM principals, not STS session ARNs).</summary>
    [GeneratedRegex("^arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:(role|user)/[A-Za-z0-9+=,.@_/-]{1,512}\\z")]
    public static partial Regex IamPrincipalArn();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}\\z")]
    public static partial Regex AddonName();

    /// <summary>EKS add-on versions, such as v1.19.2-eksbuild.1.</summary>
    [GeneratedRegex("^v[0-9]+\\.[0-9]+\\.[0-9]+(-eksbuild\\.[0-9]+)?\\z")]
    public static partial Regex AddonVersion();

    /// <summary>Characters every AWS service accepts in tags: letters, digits, spaces and + - = . _ : / @.</summary>
    [GeneratedRegex("^[\\p{L}\\p{N} +\\-=._:/@]*\\z")]
    public static partial Regex TagText();

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}\\z")]
    public static partial Regex TicketSystem();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}\\z")]
    public static partial Regex TicketKey();
}
