using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Iam;

/// <summary>The IAM operations, as the botocore model iam 2010-05-08 describes them (Query: the Action parameter names one): <see cref="IIamClient"/> sends with this table and the simulator routes with it.</summary>
public static class IamOperations
{
    /// <summary>The model's apiVersion (the Query Version parameter).</summary>
    public const string ApiVersion = "2010-05-08";

    // Declared first: the operations below add themselves to it as the class initializes.
    public static AwsOperationTable Table { get; } = new(AwsServiceIds.Iam, AwsProtocol.Query);

    public static AwsOperation CreateRole { get; } = Table.Add<CreateRoleRequest, CreateRoleResponse>();
    public static AwsOperation GetRole { get; } = Table.Add<GetRoleRequest, GetRoleResponse>();
    public static AwsOperation DeleteRole { get; } = Table.Add<DeleteRoleRequest, DeleteRoleResponse>(hasOutput: false);
    public static AwsOperation TagRole { get; } = Table.Add<TagRoleRequest, TagRoleResponse>(hasOutput: false);
    public static AwsOperation ListRoleTags { get; } = Table.Add<ListRoleTagsRequest, ListRoleTagsResponse>();
    public static AwsOperation AttachRolePolicy { get; } = Table.Add<AttachRolePolicyRequest, AttachRolePolicyResponse>(hasOutput: false);
    public static AwsOperation DetachRolePolicy { get; } = Table.Add<DetachRolePolicyRequest, DetachRolePolicyResponse>(hasOutput: false);
    public static AwsOperation ListAttachedRolePolicies { get; } = Table.Add<ListAttachedRolePoliciesRequest, ListAttachedRolePoliciesResponse>();
    public static AwsOperation PutRolePolicy { get; } = Table.Add<PutRolePolicyRequest, PutRolePolicyResponse>(hasOutput: false);
    public static AwsOperation DeleteRolePolicy { get; } = Table.Add<DeleteRolePolicyRequest, DeleteRolePolicyResponse>(hasOutput: false);
    public static AwsOperation ListRolePolicies { get; } = Table.Add<ListRolePoliciesRequest, ListRolePoliciesResponse>();
    public static AwsOperation GetRolePolicy { get; } = Table.Add<GetRolePolicyRequest, GetRolePolicyResponse>();

    /// <summary>Every operation above, for conformance tests and simulators.</summary>
    public static IReadOnlyList<AwsOperation> All => Table.All;
}
