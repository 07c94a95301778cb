using Amazon.EC2.Model;

namespace EksProvisioner.Aws.Ec2;

/// <summary>
/// The EC2 operations the network stages use, with AWSSDK.EC2's own request and response types.
/// A narrow seam over <see cref="Amazon.EC2.IAmazonEC2"/> (hundreds of members) so that tests can fake
/// exactly what the stages call. Errors surface as the Core error taxonomy (the client factory's EC2
/// client maps them).
/// </summary>
public interface IEc2Client
{
    /// <summary>EC2 DescribeAvailabilityZones.</summary>
    Task<DescribeAvailabilityZonesResponse> DescribeAvailabilityZonesAsync(DescribeAvailabilityZonesRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 CreateVpc.</summary>
    Task<CreateVpcResponse> CreateVpcAsync(CreateVpcRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DescribeVpcs.</summary>
    Task<DescribeVpcsResponse> DescribeVpcsAsync(DescribeVpcsRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 ModifyVpcAttribute.</summary>
    Task<ModifyVpcAttributeResponse> ModifyVpcAttributeAsync(ModifyVpcAttributeRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DeleteVpc.</summary>
    Task<DeleteVpcResponse> DeleteVpcAsync(DeleteVpcRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 CreateSubnet.</summary>
    Task<CreateSubnetResponse> CreateSubnetAsync(CreateSubnetRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DescribeSubnets.</summary>
    Task<DescribeSubnetsResponse> DescribeSubnetsAsync(DescribeSubnetsRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 ModifySubnetAttribute.</summary>
    Task<ModifySubnetAttributeResponse> ModifySubnetAttributeAsync(ModifySubnetAttributeRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DeleteSubnet.</summary>
    Task<DeleteSubnetResponse> DeleteSubnetAsync(DeleteSubnetRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 CreateInternetGateway.</summary>
    Task<CreateInternetGatewayResponse> CreateInternetGatewayAsync(CreateInternetGatewayRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DescribeInternetGateways.</summary>
    Task<DescribeInternetGatewaysResponse> DescribeInternetGatewaysAsync(DescribeInternetGatewaysRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 AttachInternetGateway.</summary>
    Task<AttachInternetGatewayResponse> AttachInternetGatewayAsync(AttachInternetGatewayRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DetachInternetGateway.</summary>
    Task<DetachInternetGatewayResponse> DetachInternetGatewayAsync(DetachInternetGatewayRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DeleteInternetGateway.</summary>
    Task<DeleteInternetGatewayResponse> DeleteInternetGatewayAsync(DeleteInternetGatewayRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 CreateRouteTable.</summary>
    Task<CreateRouteTableResponse> CreateRouteTableAsync(CreateRouteTableRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DescribeRouteTables.</summary>
    Task<DescribeRouteTablesResponse> DescribeRouteTablesAsync(DescribeRouteTablesRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 CreateRoute.</summary>
    Task<CreateRouteResponse> CreateRouteAsync(CreateRouteRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 AssociateRouteTable.</summary>
    Task<AssociateRouteTableResponse> AssociateRouteTableAsync(AssociateRouteTableRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DisassociateRouteTable.</summary>
    Task<DisassociateRouteTableResponse> DisassociateRouteTableAsync(DisassociateRouteTableRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DeleteRouteTable.</summary>
    Task<DeleteRouteTableResponse> DeleteRouteTableAsync(DeleteRouteTableRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 CreateSecurityGroup.</summary>
    Task<CreateSecurityGroupResponse> CreateSecurityGroupAsync(CreateSecurityGroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DescribeSecurityGroups.</summary>
    Task<DescribeSecurityGroupsResponse> DescribeSecurityGroupsAsync(DescribeSecurityGroupsRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DeleteSecurityGroup.</summary>
    Task<DeleteSecurityGroupResponse> DeleteSecurityGroupAsync(DeleteSecurityGroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 AllocateAddress.</summary>
    Task<AllocateAddressResponse> AllocateAddressAsync(AllocateAddressRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DescribeAddresses.</summary>
    Task<DescribeAddressesResponse> DescribeAddressesAsync(DescribeAddressesRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 ReleaseAddress.</summary>
    Task<ReleaseAddressResponse> ReleaseAddressAsync(ReleaseAddressRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 CreateNatGateway.</summary>
    Task<CreateNatGatewayResponse> CreateNatGatewayAsync(CreateNatGatewayRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DescribeNatGateways.</summary>
    Task<DescribeNatGatewaysResponse> DescribeNatGatewaysAsync(DescribeNatGatewaysRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DeleteNatGateway.</summary>
    Task<DeleteNatGatewayResponse> DeleteNatGatewayAsync(DeleteNatGatewayRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DescribeNetworkInterfaces.</summary>
    Task<DescribeNetworkInterfacesResponse> DescribeNetworkInterfacesAsync(DescribeNetworkInterfacesRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 DeleteNetworkInterface.</summary>
    Task<DeleteNetworkInterfaceResponse> DeleteNetworkInterfaceAsync(DeleteNetworkInterfaceRequest request, CancellationToken cancellationToken = default);
}
