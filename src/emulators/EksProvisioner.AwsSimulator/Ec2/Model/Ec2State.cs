namespace EksProvisioner.AwsSimulator.Ec2.Model;

/// <summary>
/// The whole EC2 account (every region), as persisted by SaveState: resources, used client tokens
/// and the id counter, so ids stay unique and deterministic across a save and load.
/// </summary>
internal sealed class Ec2State
{
    /// <summary>Mixed into every id so that two seeds give different, reproducible ids.</summary>
    public ulong IdSeed { get; init; }

    public ulong IdCounter { get; set; }

    public Dictionary<string, VpcRecord> Vpcs { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, SubnetRecord> Subnets { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, InternetGatewayRecord> InternetGateways { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, RouteTableRecord> RouteTables { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, AddressRecord> Addresses { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, NatGatewayRecord> NatGateways { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, SecurityGroupRecord> SecurityGroups { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, NetworkInterfaceRecord> NetworkInterfaces { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Keyed by region, account, operation and token.</summary>
    public Dictionary<string, ClientTokenRecord> ClientTokens { get; init; } = new(StringComparer.Ordinal);

    /// <summary>A fresh id such as vpc-0a1b2c3d4e5f67890: 17 hex digits, from the seed and a counter (SplitMix64).</summary>
    public string NewId(string prefix) => $"{prefix}-0{NextHash():x16}";

    /// <summary>A deterministic public address in 52.0.0.0/8-like space.</summary>
    public string NewPublicIp()
    {
        var hash = NextHash();
        return $"52.{(hash >> 16) & 0xff}.{(hash >> 8) & 0xff}.{(hash & 0xfe) + 1}";
    }

    /// <summary>A deterministic locally administered MAC address.</summary>
    public string NewMacAddress()
    {
        var hash = NextHash();
        return $"0e:{(hash >> 32) & 0xff:x2}:{(hash >> 24) & 0xff:x2}:{(hash >> 16) & 0xff:x2}:{(hash >> 8) & 0xff:x2}:{hash & 0xff:x2}";
    }

    private ulong NextHash()
    {
        IdCounter++;
        var z = IdSeed + (IdCounter * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
