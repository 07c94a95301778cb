namespace EksProvisioner.Aws.Iam;

/// <summary>
/// The IAM API, shaped like the AWS SDK for .NET: one async method per operation, request and
/// response records with the model's member names. Errors surface as the Core error taxonomy.
/// One method per operation of <see cref="IamOperations"/>, which alone says how it travels.
/// </summary>
public interface IIamClient : IAwsServiceClient
{
    Task<CreateRoleResponse> CreateRoleAsync(CreateRoleRequest request, CancellationToken cancellationToken = default) => SendAsync<CreateRoleResponse>(IamOperations.CreateRole, request, cancellationToken);
    Task<GetRoleResponse> GetRoleAsync(GetRoleRequest request, CancellationToken cancellationToken = default) => SendAsync<GetRoleResponse>(IamOperations.GetRole, request, cancellationToken);
    Task<DeleteRoleResponse> DeleteRoleAsync(DeleteRoleRequest request, CancellationToken cancellationToken = default) => SendAsync<DeleteRoleResponse>(IamOperations.DeleteRole, request, cancellationToken);
    Task<TagRoleResponse> TagRoleAsync(TagRoleRequest request, CancellationToken cancellationToken = default) => SendAsync<TagRoleResponse>(IamOperations.TagRole, request, cancellationToken);
    Task<ListRoleTagsResponse> ListRoleTagsAsync(ListRoleTagsRequest request, CancellationToken cancellationToken = default) => SendAsync<ListRoleTagsResponse>(IamOperations.ListRoleTags, request, cancellationToken);
    Task<AttachRolePolicyResponse> AttachRolePolicyAsync(AttachRolePolicyRequest request, CancellationToken cancellationToken = default) => SendAsync<AttachRolePolicyResponse>(IamOperations.AttachRolePolicy, request, cancellationToken);
    Task<DetachRolePolicyResponse> DetachRolePolicyAsync(DetachRolePolicyRequest request, CancellationToken cancellationToken = default) => SendAsync<DetachRolePolicyResponse>(IamOperations.DetachRolePolicy, request, cancellationToken);
    Task<ListAttachedRolePoliciesResponse> ListAttachedRolePoliciesAsync(ListAttachedRolePoliciesRequest request, CancellationToken cancellationToken = default) => SendAsync<ListAttachedRolePoliciesResponse>(IamOperations.ListAttachedRolePolicies, request, cancellationToken);
    Task<PutRolePolicyResponse> PutRolePolicyAsync(PutRolePolicyRequest request, CancellationToken cancellationToken = default) => SendAsync<PutRolePolicyResponse>(IamOperations.PutRolePolicy, request, cancellationToken);
    Task<DeleteRolePolicyResponse> DeleteRolePolicyAsync(DeleteRolePolicyRequest request, CancellationToken cancellationToken = default) => SendAsync<DeleteRolePolicyResponse>(IamOperations.DeleteRolePolicy, request, cancellationToken);
    Task<ListRolePoliciesResponse> ListRolePoliciesAsync(ListRolePoliciesRequest request, CancellationToken cancellationToken = default) => SendAsync<ListRolePoliciesResponse>(IamOperations.ListRolePolicies, request, cancellationToken);
}
