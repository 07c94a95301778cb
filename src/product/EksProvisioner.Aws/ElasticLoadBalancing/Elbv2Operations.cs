using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The ELBv2 operations teardown needs, as the botocore model elbv2 2015-12-01 describes them (Query): <see cref="IElbv2Client"/> sends with this table and the simulator routes with it.</summary>
public static class Elbv2Operations
{
    /// <summary>The model's apiVersion (the Query Version parameter).</summary>
    public const string ApiVersion = "2015-12-01";

    // Declared first: the operations below add themselves to it as the class initializes.
    public static AwsOperationTable Table { get; } = new(AwsServiceIds.ElasticLoadBalancingV2, AwsProtocol.Query);

    public static AwsOperation CreateLoadBalancer { get; } = Table.Add<CreateLoadBalancerRequest, CreateLoadBalancerResponse>();
    public static AwsOperation DescribeLoadBalancers { get; } = Table.Add<DescribeLoadBalancersRequest, DescribeLoadBalancersResponse>();
    public static AwsOperation DeleteLoadBalancer { get; } = Table.Add<DeleteLoadBalancerRequest, DeleteLoadBalancerResponse>();
    public static AwsOperation CreateTargetGroup { get; } = Table.Add<CreateTargetGroupRequest, CreateTargetGroupResponse>();
    public static AwsOperation DescribeTargetGroups { get; } = Table.Add<DescribeTargetGroupsRequest, DescribeTargetGroupsResponse>();
    public static AwsOperation DeleteTargetGroup { get; } = Table.Add<DeleteTargetGroupRequest, DeleteTargetGroupResponse>();
    public static AwsOperation DescribeTags { get; } = Table.Add<DescribeTagsRequest, DescribeTagsResponse>();
    public static AwsOperation AddTags { get; } = Table.Add<AddTagsRequest, AddTagsResponse>();

    /// <summary>Every operation above, for conformance tests and simulators.</summary>
    public static IReadOnlyList<AwsOperation> All => Table.All;
}
