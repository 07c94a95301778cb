namespace EksProvisioner.AwsSimulator.Contracts;

/// <summary>
/// What the other simulated services (EKS above all) need from the simulated EC2 network: EKS checks
/// the subnets and security groups it is given, and keeps network interfaces in the cluster's subnets
/// while the cluster exists, which is why a VPC cannot be deleted before its cluster.
/// </summary>
public interface IEc2Network
{
    /// <summary>The VPC of a subnet, or null when the subnet does not exist.</summary>
    string? VpcOfSubnet(string subnetId);

    /// <summary>The availability zone name of a subnet, or null when it does not exist.</summary>
    string? ZoneOfSubnet(string subnetId);

    /// <summary>Whether a subnet gives public IPs on launch (where internet-facing load balancers go).</summary>
    bool IsPublicSubnet(string subnetId);

    /// <summary>True when the security group exists.</summary>
    bool SecurityGroupExists(string groupId);

    /// <summary>Creates a security group owned by a service (EKS cluster security group); returns its id.</summary>
    string CreateServiceSecurityGroup(string vpcId, string name, string description, IReadOnlyDictionary<string, string> tags);

    /// <summary>The region of a subnet, or null when it does not exist.</summary>
    string? RegionOfSubnet(string subnetId) => null;

    /// <summary>Creates a requester-managed network interface in a subnet; returns its id.</summary>
    string CreateServiceNetworkInterface(string subnetId, string description, string requesterId, IReadOnlyDictionary<string, string> tags);

    /// <summary>
    /// Creates a requester-managed network interface with a public IPv4 address (an internet-facing load
    /// balancer's), which, like an Elastic IP, keeps the VPC's internet gateway from being detached.
    /// </summary>
    string CreateServicePublicNetworkInterface(string subnetId, string description, string requesterId, IReadOnlyDictionary<string, string> tags) =>
        CreateServiceNetworkInterface(subnetId, description, requesterId, tags);

    /// <summary>Deletes a network interface or security group a service created; absent ids are ignored.</summary>
    void DeleteServiceResource(string id);
}
