namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The ELBv2 API (application, network and gateway load balancers): one method per operation of <see cref="Elbv2Operations"/> (see <see cref="IAwsServiceClient"/>).</summary>
public interface IElbv2Client : IAwsServiceClient
{
    // Load balancers.
    Task<CreateLoadBalancerResponse> CreateLoadBalancerAsync(CreateLoadBalancerRequest request, CancellationToken cancellationToken = default) => SendAsync<CreateLoadBalancerResponse>(Elbv2Operations.CreateLoadBalancer, request, cancellationToken);
    Task<DescribeLoadBalancersResponse> DescribeLoadBalancersAsync(DescribeLoadBalancersRequest request, CancellationToken cancellationToken = default) => SendAsync<DescribeLoadBalancersResponse>(Elbv2Operations.DescribeLoadBalancers, request, cancellationToken);
    Task<DeleteLoadBalancerResponse> DeleteLoadBalancerAsync(DeleteLoadBalancerRequest request, CancellationToken cancellationToken = default) => SendAsync<DeleteLoadBalancerResponse>(Elbv2Operations.DeleteLoadBalancer, request, cancellationToken);

    // Target groups.
    Task<CreateTargetGroupResponse> CreateTargetGroupAsync(CreateTargetGroupRequest request, CancellationToken cancellationToken = default) => SendAsync<CreateTargetGroupResponse>(Elbv2Operations.CreateTargetGroup, request, cancellationToken);
    Task<DescribeTargetGroupsResponse> DescribeTargetGroupsAsync(DescribeTargetGroupsRequest request, CancellationToken cancellationToken = default) => SendAsync<DescribeTargetGroupsResponse>(Elbv2Operations.DescribeTargetGroups, request, cancellationToken);
    Task<DeleteTargetGroupResponse> DeleteTargetGroupAsync(DeleteTargetGroupRequest request, CancellationToken cancellationToken = default) => SendAsync<DeleteTargetGroupResponse>(Elbv2Operations.DeleteTargetGroup, request, cancellationToken);

    // Tags of either.
    Task<DescribeTagsResponse> DescribeTagsAsync(DescribeTagsRequest request, CancellationToken cancellationToken = default) => SendAsync<DescribeTagsResponse>(Elbv2Operations.DescribeTags, request, cancellationToken);
    Task<AddTagsResponse> AddTagsAsync(AddTagsRequest request, CancellationToken cancellationToken = default) => SendAsync<AddTagsResponse>(Elbv2Operations.AddTags, request, cancellationToken);
}
