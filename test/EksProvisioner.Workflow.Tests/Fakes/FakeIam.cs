using EksProvisioner.Aws.Iam;
using EksProvisioner.Aws.Protocol;
using EksProvisioner.Core.Errors;

namespace EksProvisioner.Workflow.Tests.Fakes;

/// <summary>
/// Stands for IAM: roles with tags, attached managed policies and inline policies, keyed by name.
/// Answers like IAM: EntityAlreadyExists (as AwsResourceAlreadyExistsException) on a second CreateRole,
/// NoSuchEntity (as AwsResourceNotFoundException) for unknown roles, DeleteConflict (as
/// DependencyStillPresentException) when a role still has policies. Records every call.
/// </summary>
internal sealed class FakeIam : IIamClient
{
    /// <summary>Only the typed methods below stand for IAM; any other operation is not faked.</summary>
    public Task<TResponse> SendAsync<TResponse>(AwsOperation operation, object request, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{operation.Name} is not faked.");

    public Dictionary<string, FakeRole> Roles { get; } = new(StringComparer.Ordinal);

    public List<string> Calls { get; } = [];

    public Task<CreateRoleResponse> CreateRoleAsync(CreateRoleRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add("CreateRole " + request.RoleName);
        if (Roles.ContainsKey(request.RoleName!))
        {
            throw new AwsResourceAlreadyExistsException($"Role with name {request.RoleName} already exists.");
        }

        var role = new FakeRole(request.RoleName!, $"arn:aws:iam::123456789012:role/{request.RoleName}", request.AssumeRolePolicyDocument!)
        {
            Tags = (request.Tags ?? []).ToDictionary(t => t.Key!, t => t.Value!, StringComparer.Ordinal),
            PermissionsBoundary = request.PermissionsBoundary,
        };
        Roles[role.Name] = role;
        return Task.FromResult(new CreateRoleResponse { Role = role.ToRole() });
    }

    public Task<GetRoleResponse> GetRoleAsync(GetRoleRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new GetRoleResponse { Role = Get(request.RoleName).ToRole() });

    public Task<DeleteRoleResponse> DeleteRoleAsync(DeleteRoleRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add("DeleteRole " + request.RoleName);
        var role = Get(request.RoleName);
        if (role.Attached.Count > 0 || role.Inline.Count > 0)
        {
            throw new DependencyStillPresentException($"Cannot delete entity, must detach all policies first: {role.Name}");
        }

        Roles.Remove(role.Name);
        return Task.FromResult(new DeleteRoleResponse());
    }

    public Task<TagRoleResponse> TagRoleAsync(TagRoleRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add("TagRole " + request.RoleName);
        foreach (var tag in request.Tags ?? [])
        {
            Get(request.RoleName).Tags[tag.Key!] = tag.Value!;
        }

        return Task.FromResult(new TagRoleResponse());
    }

    public Task<ListRoleTagsResponse> ListRoleTagsAsync(ListRoleTagsRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ListRoleTagsResponse { Tags = [.. Get(request.RoleName).Tags.Select(t => new Tag { Key = t.Key, Value = t.Value })], IsTruncated = false });

    public Task<AttachRolePolicyResponse> AttachRolePolicyAsync(AttachRolePolicyRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add($"AttachRolePolicy {request.RoleName} {request.PolicyArn}");
        Get(request.RoleName).Attached.Add(request.PolicyArn!);
        return Task.FromResult(new AttachRolePolicyResponse());
    }

    public Task<DetachRolePolicyResponse> DetachRolePolicyAsync(DetachRolePolicyRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add($"DetachRolePolicy {request.RoleName} {request.PolicyArn}");
        if (!Get(request.RoleName).Attached.Remove(request.PolicyArn!))
        {
            throw new AwsResourceNotFoundException($"Policy {request.PolicyArn} was not found.");
        }

        return Task.FromResult(new DetachRolePolicyResponse());
    }

    public Task<ListAttachedRolePoliciesResponse> ListAttachedRolePoliciesAsync(ListAttachedRolePoliciesRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ListAttachedRolePoliciesResponse
        {
            AttachedPolicies = [.. Get(request.RoleName).Attached.Select(a => new AttachedPolicy { PolicyArn = a, PolicyName = a.Split('/')[^1] })],
            IsTruncated = false,
        });

    public Task<PutRolePolicyResponse> PutRolePolicyAsync(PutRolePolicyRequest request, CancellationToken cancellationToken = default)
    {
        Get(request.RoleName).Inline[request.PolicyName!] = request.PolicyDocument!;
        return Task.FromResult(new PutRolePolicyResponse());
    }

    public Task<DeleteRolePolicyResponse> DeleteRolePolicyAsync(DeleteRolePolicyRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add($"DeleteRolePolicy {request.RoleName} {request.PolicyName}");
        if (!Get(request.RoleName).Inline.Remove(request.PolicyName!))
        {
            throw new AwsResourceNotFoundException($"The role policy with name {request.PolicyName} cannot be found.");
        }

        return Task.FromResult(new DeleteRolePolicyResponse());
    }

    public Task<ListRolePoliciesResponse> ListRolePoliciesAsync(ListRolePoliciesRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ListRolePoliciesResponse { PolicyNames = [.. Get(request.RoleName).Inline.Keys], IsTruncated = false });

    private FakeRole Get(string? name) =>
        Roles.TryGetValue(name ?? string.Empty, out var role) ? role : throw new AwsResourceNotFoundException($"The role with name {name} cannot be found.");
}
