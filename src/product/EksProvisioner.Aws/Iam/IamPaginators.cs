using System.Runtime.CompilerServices;

namespace EksProvisioner.Aws.Iam;

/// <summary>Follows Marker/IsTruncated through the paged IAM list operations.</summary>
public static class IamPaginators
{
    public static async IAsyncEnumerable<AttachedPolicy> ListAllAttachedRolePoliciesAsync(this IIamClient client, string roleName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        string? marker = null;
        do
        {
            var page = await client.ListAttachedRolePoliciesAsync(new ListAttachedRolePoliciesRequest { RoleName = roleName, Marker = marker }, cancellationToken);
            foreach (var policy in page.AttachedPolicies ?? [])
            {
                yield return policy;
            }

            marker = page.IsTruncated == true ? Paging.Next(marker, page.Marker) : null;
        }
        while (marker is not null);
    }

    public static async IAsyncEnumerable<string> ListAllRolePoliciesAsync(this IIamClient client, string roleName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        string? marker = null;
        do
        {
            var page = await client.ListRolePoliciesAsync(new ListRolePoliciesRequest { RoleName = roleName, Marker = marker }, cancellationToken);
            foreach (var name in page.PolicyNames ?? [])
            {
                yield return name;
            }

            marker = page.IsTruncated == true ? Paging.Next(marker, page.Marker) : null;
        }
        while (marker is not null);
    }

    public static async IAsyncEnumerable<Tag> ListAllRoleTagsAsync(this IIamClient client, string roleName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        string? marker = null;
        do
        {
            var page = await client.ListRoleTagsAsync(new ListRoleTagsRequest { RoleName = roleName, Marker = marker }, cancellationToken);
            foreach (var tag in page.Tags ?? [])
            {
                yield return tag;
            }

            marker = page.IsTruncated == true ? Paging.Next(marker, page.Marker) : null;
        }
        while (marker is not null);
    }
}
