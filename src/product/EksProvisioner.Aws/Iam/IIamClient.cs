namespace EksProvisioner.Aws.Iam;

/// <summary>
/// The IAM API, shaped like the AWS SDK for .NET: one async method per operation, request and
/// response records with the model's member names. Errors surface as the Core error taxonomy.
/// </summary>
public interface IIamClient
{
    /// <summary>IAM CreateRole (POST /).</summary>
    Task<CreateRoleResponse> CreateRoleAsync(CreateRoleRequest request, CancellationToken cancellationToken = default);

    /// <summary>IAM GetRole (POST /).</summary>
    Task<GetRoleResponse> GetRoleAsync(GetRoleRequest request, CancellationToken cancellationToken = default);

    /// <summary>IAM DeleteRole (POST /).</summary>
    Task<DeleteRoleResponse> DeleteRoleAsync(DeleteRoleRequest request, CancellationToken cancellationToken = default);

    /// <summary>IAM TagRole (POST /).</summary>
    Task<TagRoleResponse> TagRoleAsync(TagRoleRequest request, CancellationToken cancellationToken = default);

    /// <summary>IAM ListRoleTags (POST /).</summary>
    Task<ListRoleTagsResponse> ListRoleTagsAsync(ListRoleTagsRequest request, CancellationToken cancellationToken = default);

    /// <summary>IAM AttachRolePolicy (POST /).</summary>
    Task<AttachRolePolicyResponse> AttachRolePolicyAsync(AttachRolePolicyRequest request, CancellationToken cancellationToken = default);

    /// <summary>IAM DetachRolePolicy (POST /).</summary>
    Task<DetachRolePolicyResponse> DetachRolePolicyAsync(DetachRolePolicyRequest request, CancellationToken cancellationToken = default);

    /// <summary>IAM ListAttachedRolePolicies (POST /).</summary>
    Task<ListAttachedRolePoliciesResponse> ListAttachedRolePoliciesAsync(ListAttachedRolePoliciesRequest request, CancellationToken cancellationToken = default);

    /// <summary>IAM PutRolePolicy (POST /).</summary>
    Task<PutRolePolicyResponse> PutRolePolicyAsync(PutRolePolicyRequest request, CancellationToken cancellationToken = default);

    /// <summary>IAM DeleteRolePolicy (POST /).</summary>
    Task<DeleteRolePolicyResponse> DeleteRolePolicyAsync(DeleteRolePolicyRequest request, CancellationToken cancellationToken = default);

    /// <summary>IAM ListRolePolicies (POST /).</summary>
    Task<ListRolePoliciesResponse> ListRolePoliciesAsync(ListRolePoliciesRequest request, CancellationToken cancellationToken = default);
}
