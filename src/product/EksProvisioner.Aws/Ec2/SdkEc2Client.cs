using Amazon.EC2;
using Amazon.EC2.Model;

namespace EksProvisioner.Aws.Ec2;

/// <summary><see cref="IEc2Client"/> over AWSSDK's client (from <c>AwsClientFactory.CreateEc2</c>): plain forwarding.</summary>
public sealed class SdkEc2Client(IAmazonEC2 ec2) : IEc2Client
{
    public Task<DescribeAvailabilityZonesResponse> DescribeAvailabilityZonesAsync(DescribeAvailabilityZonesRequest request, CancellationToken cancellationToken = default) =>
        ec2.DescribeAvailabilityZonesAsync(request, cancellationToken);

    public Task<CreateVpcResponse> CreateVpcAsync(CreateVpcRequest request, CancellationToken cancellationToken = default) =>
        ec2.CreateVpcAsync(request, cancellationToken);

    public Task<DescribeVpcsResponse> DescribeVpcsAsync(DescribeVpcsRequest request, CancellationToken cancellationToken = default) =>
        ec2.DescribeVpcsAsync(request, cancellationToken);

    public Task<ModifyVpcAttributeResponse> ModifyVpcAttributeAsync(ModifyVpcAttributeRequest request, CancellationToken cancellationToken = default) =>
        ec2.ModifyVpcAttributeAsync(request, cancellationToken);

    public Task<DeleteVpcResponse> DeleteVpcAsync(DeleteVpcRequest request, CancellationToken cancellationToken = default) =>
        ec2.DeleteVpcAsync(request, cancellationToken);

    public Task<CreateSubnetResponse> CreateSubnetAsync(CreateSubnetRequest request, CancellationToken cancellationToken = default) =>
        ec2.CreateSubnetAsync(request, cancellationToken);

    public Task<DescribeSubnetsResponse> DescribeSubnetsAsync(DescribeSubnetsRequest request, CancellationToken cancellationToken = default) =>
        ec2.DescribeSubnetsAsync(request, cancellationToken);

    public Task<ModifySubnetAttributeResponse> ModifySubnetAttributeAsync(ModifySubnetAttributeRequest request, CancellationToken cancellationToken = default) =>
        ec2.ModifySubnetAttributeAsync(request, cancellationToken);

    public Task<DeleteSubnetResponse> DeleteSubnetAsync(DeleteSubnetRequest request, CancellationToken cancellationToken = default) =>
        ec2.DeleteSubnetAsync(request, cancellationToken);

    public Task<CreateInternetGatewayResponse> CreateInternetGatewayAsync(CreateInternetGatewayRequest request, CancellationToken cancellationToken = default) =>
        ec2.CreateInternetGatewayAsync(request, cancellationToken);

    public Task<DescribeInternetGatewaysResponse> DescribeInternetGatewaysAsync(DescribeInternetGatewaysRequest request, CancellationToken cancellationToken = default) =>
        ec2.DescribeInternetGatewaysAsync(request, cancellationToken);

    public Task<AttachInternetGatewayResponse> AttachInternetGatewayAsync(AttachInternetGatewayRequest request, CancellationToken cancellationToken = default) =>
        ec2.AttachInternetGatewayAsync(request, cancellationToken);

    public Task<DetachInternetGatewayResponse> DetachInternetGatewayAsync(DetachInternetGatewayRequest request, CancellationToken cancellationToken = default) =>
        ec2.DetachInternetGatewayAsync(request, cancellationToken);

    public Task<DeleteInternetGatewayResponse> DeleteInternetGatewayAsync(DeleteInternetGatewayRequest request, CancellationToken cancellationToken = default) =>
        ec2.DeleteInternetGatewayAsync(request, cancellationToken);

    public Task<CreateRouteTableResponse> CreateRouteTableAsync(CreateRouteTableRequest request, CancellationToken cancellationToken = default) =>
        ec2.CreateRouteTableAsync(request, cancellationToken);

    public Task<DescribeRouteTablesResponse> DescribeRouteTablesAsync(DescribeRouteTablesRequest request, CancellationToken cancellationToken = default) =>
        ec2.DescribeRouteTablesAsync(request, cancellationToken);

    public Task<CreateRouteResponse> CreateRouteAsync(CreateRouteRequest request, CancellationToken cancellationToken = default) =>
        ec2.CreateRouteAsync(request, cancellationToken);

    public Task<AssociateRouteTableResponse> AssociateRouteTableAsync(AssociateRouteTableRequest request, CancellationToken cancellationToken = default) =>
        ec2.AssociateRouteTableAsync(request, cancellationToken);

    public Task<DisassociateRouteTableResponse> DisassociateRouteTableAsync(DisassociateRouteTableRequest request, CancellationToken cancellationToken = default) =>
        ec2.DisassociateRouteTableAsync(request, cancellationToken);

    public Task<DeleteRouteTableResponse> DeleteRouteTableAsync(DeleteRouteTableRequest request, CancellationToken cancellationToken = default) =>
        ec2.DeleteRouteTableAsync(request, cancellationToken);

    public Task<CreateSecurityGroupResponse> CreateSecurityGroupAsync(CreateSecurityGroupRequest request, CancellationToken cancellationToken = default) =>
        ec2.CreateSecurityGroupAsync(request, cancellationToken);

    public Task<DescribeSecurityGroupsResponse> DescribeSecurityGroupsAsync(DescribeSecurityGroupsRequest request, CancellationToken cancellationToken = default) =>
        ec2.DescribeSecurityGroupsAsync(request, cancellationToken);

    public Task<DeleteSecurityGroupResponse> DeleteSecurityGroupAsync(DeleteSecurityGroupRequest request, CancellationToken cancellationToken = default) =>
        ec2.DeleteSecurityGroupAsync(request, cancellationToken);

    public Task<AllocateAddressResponse> AllocateAddressAsync(AllocateAddressRequest request, CancellationToken cancellationToken = default) =>
        ec2.AllocateAddressAsync(request, cancellationToken);

    public Task<DescribeAddressesResponse> DescribeAddressesAsync(DescribeAddressesRequest request, CancellationToken cancellationToken = default) =>
        ec2.DescribeAddressesAsync(request, cancellationToken);

    public Task<ReleaseAddressResponse> ReleaseAddressAsync(ReleaseAddressRequest request, CancellationToken cancellationToken = default) =>
        ec2.ReleaseAddressAsync(request, cancellationToken);

    public Task<CreateNatGatewayResponse> CreateNatGatewayAsync(CreateNatGatewayRequest request, CancellationToken cancellationToken = default) =>
        ec2.CreateNatGatewayAsync(request, cancellationToken);

    public Task<DescribeNatGatewaysResponse> DescribeNatGatewaysAsync(DescribeNatGatewaysRequest request, CancellationToken cancellationToken = default) =>
        ec2.DescribeNatGatewaysAsync(request, cancellationToken);

    public Task<DeleteNatGatewayResponse> DeleteNatGatewayAsync(DeleteNatGatewayRequest request, CancellationToken cancellationToken = default) =>
        ec2.DeleteNatGatewayAsync(request, cancellationToken);

    public Task<DescribeNetworkInterfacesResponse> DescribeNetworkInterfacesAsync(DescribeNetworkInterfacesRequest request, CancellationToken cancellationToken = default) =>
        ec2.DescribeNetworkInterfacesAsync(request, cancellationToken);

    public Task<DeleteNetworkInterfaceResponse> DeleteNetworkInterfaceAsync(DeleteNetworkInterfaceRequest request, CancellationToken cancellationToken = default) =>
        ec2.DeleteNetworkInterfaceAsync(request, cancellationToken);
}
