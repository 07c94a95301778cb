namespace EksProvisioner.Core.Contract;

/// <summary>
/// The eksctl-like defaults a request gets for every field it leaves out. Documented in
/// statemachine/environment-request.schema.json as "default" values; a test keeps the two in step.
/// </summary>
public static class RequestDefaults
{
    public const string Region = "us-east-1";
    public const string VpcCidr = "192.168.0.0/16";
    public const int AvailabilityZoneCount = 3;
    public const NatGatewayMode NatGateways = NatGatewayMode.Single;
    public const int SubnetPrefixLength = 19;
    public const bool EndpointPublicAccess = true;
    public const bool EndpointPrivateAccess = true;
    public const string PublicAccessCidr = "0.0.0.0/0";
    public const AuthenticationMode Authentication = AuthenticationMode.Api;
    public const string NodeGroupName = "default";
    public const string InstanceType = "m5.large";
    public const CapacityType Capacity = CapacityType.OnDemand;
    public const int MinSize = 1;
    public const int DesiredSize = 2;
    public const int MaxSize = 3;
    public const int DiskSizeGiB = 20;
    public const string AmiType = AmiTypes.Al2023X8664Standard;

    /// <summary>
    /// The node group a request gets when it has no <c>nodeGroups</c> field. An explicit empty list
    /// means no node groups (Fargate only).
    /// </summary>
    public static NodeGroupSpec NodeGroup { get; } = new(
        NodeGroupName, [InstanceType], Capacity, MinSize, DesiredSize, MaxSize, DiskSizeGiB, AmiType,
        new Dictionary<string, string>(), []);

    /// <summary>
    /// Fills a node group's missing sizes so that min &lt;= desired &lt;= max holds whenever the given
    /// sizes allow it: desired defaults to 2 clamped into [min, max], max to at least 3 and desired.
    /// </summary>
    public static (int Min, int Desired, int Max) Sizes(int? min, int? desired, int? max)
    {
        var m = min ?? Math.Min(MinSize, desired ?? MinSize);
        var d = desired ?? Math.Max(m, Math.Min(DesiredSize, max ?? DesiredSize));
        var x = max ?? Math.Max(Math.Max(MaxSize, d), m);
        return (m, d, x);
    }
}
