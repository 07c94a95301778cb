using EksProvisioner.Aws.Http;

namespace EksProvisioner.Aws.Iam;

/// <summary>The IAM client over our SigV4 invoker (see <see cref="IamOperations"/> for the wire shapes).</summary>
internal sealed class IamClient(AwsServiceInvoker invoker) : IIamClient
{
    public Task<CreateRoleResponse> CreateRoleAsync(CreateRoleRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<CreateRoleResponse>(IamOperations.CreateRole, request, cancellationToken);

    public Task<GetRoleResponse> GetRoleAsync(GetRoleRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<GetRoleResponse>(IamOperations.GetRole, request, cancellationToken);

    public Task<DeleteRoleResponse> DeleteRoleAsync(DeleteRoleRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<DeleteRoleResponse>(IamOperations.DeleteRole, request, cancellationToken);

    public Task<TagRoleResponse> TagRoleAsync(TagRoleRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<TagRoleResponse>(IamOperations.TagRole, request, cancellationToken);

    public Task<ListRoleTagsResponse> ListRoleTagsAsync(ListRoleTagsRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<ListRoleTagsResponse>(IamOperations.ListRoleTags, request, cancellationToken);

    public Task<AttachRolePolicyResponse> AttachRolePolicyAsync(AttachRolePolicyRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<AttachRolePolicyResponse>(IamOperations.AttachRolePolicy, request, cancellationToken);

    public Task<DetachRolePolicyResponse> DetachRolePolicyAsync(DetachRolePolicyRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<DetachRolePolicyResponse>(IamOperations.DetachRolePolicy, request, cancellationToken);

    public Task<ListAttachedRolePoliciesResponse> ListAttachedRolePoliciesAsync(ListAttachedRolePoliciesRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<ListAttachedRolePoliciesResponse>(IamOperations.ListAttachedRolePolicies, request, cancellationToken);

    public Task<PutRolePolicyResponse> PutRolePolicyAsync(PutRolePolicyRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<PutRolePolicyResponse>(IamOperations.PutRolePolicy, request, cancellationToken);

    public Task<DeleteRolePolicyResponse> DeleteRolePolicyAsync(DeleteRolePolicyRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<DeleteRolePolicyResponse>(IamOperations.DeleteRolePolicy, request, cancellationToken);

    public Task<ListRolePoliciesResponse> ListRolePoliciesAsync(ListRolePoliciesRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<ListRolePoliciesResponse>(IamOperations.ListRolePolicies, request, cancellationToken);
}
