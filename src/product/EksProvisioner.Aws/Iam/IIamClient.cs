namespace EksProvisioner.Aws.Iam;

/// <summary>The IAM API: one method per operation of <see cref="IamOperations"/>, grouped by resource (see <see cref="IAwsServiceClient"/>).</summary>
public interface IIamClient : IAwsServiceClient
{
    // Roles.
    Task<CreateRoleResponse> CreateRoleAsync(CreateRoleRequest request, CancellationToken cancellationToken = default) => SendAsync<CreateRoleResponse>(IamOperations.CreateRole, request, cancellationToken);
    Task<GetRoleResponse> GetRoleAsync(GetRoleRequest request, CancellationToken cancellationToken = default) => SendAsync<GetRoleResponse>(IamOperations.GetRole, request, cancellationToken);
    Task<DeleteRoleResponse> DeleteRoleAsync(DeleteRoleRequest request, CancellationToken cancellationToken = default) => SendAsync<DeleteRoleResponse>(IamOperations.DeleteRole, request, cancellationToken);

    // Role tags.
    Task<TagRoleResponse> TagRoleAsync(TagRoleRequest request, CancellationToken cancellationToken = default) => SendAsync<TagRoleResponse>(IamOperations.TagRole, request, cancellationToken);
    Task<ListRoleTagsResponse> ListRoleTagsAsync(ListRoleTagsRequest request, CancellationToken cancellationToken = default) => SendAsync<ListRoleTagsResponse>(IamOperations.ListRoleTags, request, cancellationToken);

    // Managed policies attached to a role.
    Task<AttachRolePolicyResponse> AttachRolePolicyAsync(AttachRolePolicyRequest request, CancellationToken cancellationToken = default) => SendAsync<AttachRolePolicyResponse>(IamOperations.AttachRolePolicy, request, cancellationToken);
    Task<DetachRolePolicyResponse> DetachRolePolicyAsync(DetachRolePolicyRequest request, CancellationToken cancellationToken = default) => SendAsync<DetachRolePolicyResponse>(IamOperations.DetachRolePolicy, request, cancellationToken);
    Task<ListAttachedRolePoliciesResponse> ListAttachedRolePoliciesAsync(ListAttachedRolePoliciesRequest request, CancellationToken cancellationToken = default) => SendAsync<ListAttachedRolePoliciesResponse>(IamOperations.ListAttachedRolePolicies, request, cancellationToken);

    // Inline role policies.
    Task<PutRolePolicyResponse> PutRolePolicyAsync(PutRolePolicyRequest request, CancellationToken cancellationToken = default) => SendAsync<PutRolePolicyResponse>(IamOperations.PutRolePolicy, request, cancellationToken);
    Task<GetRolePolicyResponse> GetRolePolicyAsync(GetRolePolicyRequest request, CancellationToken cancellationToken = default) => SendAsync<GetRolePolicyResponse>(IamOperations.GetRolePolicy, request, cancellationToken);
    Task<DeleteRolePolicyResponse> DeleteRolePolicyAsync(DeleteRolePolicyRequest request, CancellationToken cancellationToken = default) => SendAsync<DeleteRolePolicyResponse>(IamOperations.DeleteRolePolicy, request, cancellationToken);
    Task<ListRolePoliciesResponse> ListRolePoliciesAsync(ListRolePoliciesRequest request, CancellationToken cancellationToken = default) => SendAsync<ListRolePoliciesResponse>(IamOperations.ListRolePolicies, request, cancellationToken);
}
