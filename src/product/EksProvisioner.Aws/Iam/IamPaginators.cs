namespace EksProvisioner.Aws.Iam;

/// <summary>Follows Marker/IsTruncated through the paged IAM list operations.</summary>
public static class IamPaginators
{
    public static IAsyncEnumerable<AttachedPolicy> ListAllAttachedRolePoliciesAsync(this IIamClient client, string roleName, CancellationToken cancellationToken = default) =>
        All((marker, ct) => client.ListAttachedRolePoliciesAsync(new ListAttachedRolePoliciesRequest { RoleName = roleName, Marker = marker }, ct), page => page.AttachedPolicies, cancellationToken);

    public static IAsyncEnumerable<string> ListAllRolePoliciesAsync(this IIamClient client, string roleName, CancellationToken cancellationToken = default) =>
        All((marker, ct) => client.ListRolePoliciesAsync(new ListRolePoliciesRequest { RoleName = roleName, Marker = marker }, ct), page => page.PolicyNames, cancellationToken);

    public static IAsyncEnumerable<Tag> ListAllRoleTagsAsync(this IIamClient client, string roleName, CancellationToken cancellationToken = default) =>
        All((marker, ct) => client.ListRoleTagsAsync(new ListRoleTagsRequest { RoleName = roleName, Marker = marker }, ct), page => page.Tags, cancellationToken);

    private static IAsyncEnumerable<TItem> All<TPage, TItem>(
        Func<string?, CancellationToken, Task<TPage>> fetch, Func<TPage, IEnumerable<TItem>?> items, CancellationToken cancellationToken)
        where TPage : IMarkedPage =>
        Paging.AllAsync(fetch, items, page => page.IsTruncated == true ? page.Marker : null, cancellationToken);
}
