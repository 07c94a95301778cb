namespace EksProvisioner.Aws.Iam;

/// <summary>Follows Marker/IsTruncated through the paged IAM list operations.</summary>
public static class IamPaginators
{
    public static IAsyncEnumerable<AttachedPolicy> ListAllAttachedRolePoliciesAsync(this IIamClient client, string roleName, CancellationToken cancellationToken = default) =>
        Paging.AllAsync(
            (marker, ct) => client.ListAttachedRolePoliciesAsync(new ListAttachedRolePoliciesRequest { RoleName = roleName, Marker = marker }, ct),
            page => page.AttachedPolicies,
            page => page.IsTruncated == true ? page.Marker : null,
            cancellationToken);

    public static IAsyncEnumerable<string> ListAllRolePoliciesAsync(this IIamClient client, string roleName, CancellationToken cancellationToken = default) =>
        Paging.AllAsync(
            (marker, ct) => client.ListRolePoliciesAsync(new ListRolePoliciesRequest { RoleName = roleName, Marker = marker }, ct),
            page => page.PolicyNames,
            page => page.IsTruncated == true ? page.Marker : null,
            cancellationToken);

    public static IAsyncEnumerable<Tag> ListAllRoleTagsAsync(this IIamClient client, string roleName, CancellationToken cancellationToken = default) =>
        Paging.AllAsync(
            (marker, ct) => client.ListRoleTagsAsync(new ListRoleTagsRequest { RoleName = roleName, Marker = marker }, ct),
            page => page.Tags,
            page => page.IsTruncated == true ? page.Marker : null,
            cancellationToken);
}
