using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Iam;

/// <summary>The IAM operations we call, as the botocore model iam 2010-05-08 describes them.</summary>
public static class IamOperations
{
    /// <summary>The model's apiVersion.</summary>
    public const string ApiVersion = "2010-05-08";

    public static AwsOperation CreateRole { get; } = new(AwsServiceIds.Iam, "CreateRole", "POST", "/", AwsProtocol.Query, typeof(CreateRoleRequest), typeof(CreateRoleResponse));

    public static AwsOperation GetRole { get; } = new(AwsServiceIds.Iam, "GetRole", "POST", "/", AwsProtocol.Query, typeof(GetRoleRequest), typeof(GetRoleResponse));

    public static AwsOperation DeleteRole { get; } = new(AwsServiceIds.Iam, "DeleteRole", "POST", "/", AwsProtocol.Query, typeof(DeleteRoleRequest), typeof(DeleteRoleResponse), HasOutput: false);

    public static AwsOperation TagRole { get; } = new(AwsServiceIds.Iam, "TagRole", "POST", "/", AwsProtocol.Query, typeof(TagRoleRequest), typeof(TagRoleResponse), HasOutput: false);

    public static AwsOperation ListRoleTags { get; } = new(AwsServiceIds.Iam, "ListRoleTags", "POST", "/", AwsProtocol.Query, typeof(ListRoleTagsRequest), typeof(ListRoleTagsResponse));

    public static AwsOperation AttachRolePolicy { get; } = new(AwsServiceIds.Iam, "AttachRolePolicy", "POST", "/", AwsProtocol.Query, typeof(AttachRolePolicyRequest), typeof(AttachRolePolicyResponse), HasOutput: false);

    public static AwsOperation DetachRolePolicy { get; } = new(AwsServiceIds.Iam, "DetachRolePolicy", "POST", "/", AwsProtocol.Query, typeof(DetachRolePolicyRequest), typeof(DetachRolePolicyResponse), HasOutput: false);

    public static AwsOperation ListAttachedRolePolicies { get; } = new(AwsServiceIds.Iam, "ListAttachedRolePolicies", "POST", "/", AwsProtocol.Query, typeof(ListAttachedRolePoliciesRequest), typeof(ListAttachedRolePoliciesResponse));

    public static AwsOperation PutRolePolicy { get; } = new(AwsServiceIds.Iam, "PutRolePolicy", "POST", "/", AwsProtocol.Query, typeof(PutRolePolicyRequest), typeof(PutRolePolicyResponse), HasOutput: false);

    public static AwsOperation DeleteRolePolicy { get; } = new(AwsServiceIds.Iam, "DeleteRolePolicy", "POST", "/", AwsProtocol.Query, typeof(DeleteRolePolicyRequest), typeof(DeleteRolePolicyResponse), HasOutput: false);

    public static AwsOperation ListRolePolicies { get; } = new(AwsServiceIds.Iam, "ListRolePolicies", "POST", "/", AwsProtocol.Query, typeof(ListRolePoliciesRequest), typeof(ListRolePoliciesResponse));

    /// <summary>Every operation above, for conformance tests and simulators.</summary>
    public static IReadOnlyList<AwsOperation> All { get; } =
    [
        CreateRole,
        GetRole,
        DeleteRole,
        TagRole,
        ListRoleTags,
        AttachRolePolicy,
        DetachRolePolicy,
        ListAttachedRolePolicies,
        PutRolePolicy,
        DeleteRolePolicy,
        ListRolePolicies,
    ];
}
