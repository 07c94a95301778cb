using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EksProvisioner.AwsSimulator.Hosting;

namespace EksProvisioner.AwsSimulator.Iam;

/// <summary>IAM's state and rules (roles, attached and inline policies, tags), without wire format.</summary>
internal sealed partial class IamRules(SimulatorServiceContext context) : IRoleDirectory
{
    private const string AwsManagedPolicyPrefix = "arn:aws:iam::aws:policy/";

    public IamState State { get; set; } = new();

    public IamRole CreateRole(string name, string path, string document, string? description, int? maxSessionDuration, IReadOnlyList<IamTag> tags)
    {
        ValidateName(name, "roleName");
        if (!path.StartsWith('/') || !path.EndsWith('/'))
        {
            throw IamErrors.Validation($"The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.");
        }

        ValidateDocument(document);
        if (State.Roles.ContainsKey(name))
        {
            throw IamErrors.RoleExists(name);
        }

        if (State.Roles.Count >= context.Quotas.IamRolesPerAccount)
        {
            throw IamErrors.Limit("RolesPerAccount", context.Quotas.IamRolesPerAccount);
        }

        var id = State.NextId++;
        var role = new IamRole
        {
            RoleName = name,
            RoleId = "AROA" + RequestIds.Hex($"role/{name}/{id.ToString(CultureInfo.InvariantCulture)}", 17),
            Arn = $"arn:aws:iam::{context.AccountId}:role{path}{name}",
            Path = path,
            AssumeRolePolicyDocument = document,
            Description = description,
            MaxSessionDuration = maxSessionDuration ?? 3600,
            CreateDate = context.Clock.GetUtcNow(),
            Tags = [.. tags],
        };
        State.Roles[name] = role;
        return role;
    }

    public IamRole GetRole(string name) => State.Roles.GetValueOrDefault(name) ?? throw IamErrors.NoSuchRole(name);

    public void DeleteRole(string name)
    {
        var role = GetRole(name);
        if (role.AttachedPolicyArns.Count > 0)
        {
            throw IamErrors.DeleteConflict("detach all policies");
        }

        if (role.InlinePolicies.Count > 0)
        {
            throw IamErrors.DeleteConflict("delete policies");
        }

        State.Roles.Remove(name);
    }

    public void AttachPolicy(string name, string policyArn)
    {
        var role = GetRole(name);
        if (!policyArn.StartsWith("arn:", StringComparison.Ordinal) || policyArn.Split(':').Length < 6)
        {
            throw IamErrors.InvalidInput($"ARN {policyArn} is not valid.");
        }

        // Only AWS managed policies exist in the simulated account (CreatePolicy is not simulated).
        if (!policyArn.StartsWith(AwsManagedPolicyPrefix, StringComparison.Ordinal) || policyArn.Length == AwsManagedPolicyPrefix.Length)
        {
            throw IamErrors.NoSuchPolicy(policyArn);
        }

        if (role.AttachedPolicyArns.Contains(policyArn))
        {
            return;
        }

        if (role.AttachedPolicyArns.Count >= context.Quotas.ManagedPoliciesPerRole)
        {
            throw IamErrors.Limit("PoliciesPerRole", context.Quotas.ManagedPoliciesPerRole);
        }

        role.AttachedPolicyArns.Add(policyArn);
    }

    public void DetachPolicy(string name, string policyArn)
    {
        var role = GetRole(name);
        if (!role.AttachedPolicyArns.Remove(policyArn))
        {
            throw IamErrors.PolicyNotAttached(policyArn);
        }
    }

    public void PutInlinePolicy(string name, string policyName, string document)
    {
        var role = GetRole(name);
        ValidateName(policyName, "policyName");
        ValidateDocument(document);
        if (document.Contains("\"Principal\"", StringComparison.Ordinal) || document.Contains("\"NotPrincipal\"", StringComparison.Ordinal))
        {
            // Identity-based policies name no principal (IAM JSON policy elements: Principal).
            throw IamErrors.Malformed("Policy document should not specify a principal.");
        }

        role.InlinePolicies[policyName] = document;
    }

    public void DeleteInlinePolicy(string name, string policyName)
    {
        var role = GetRole(name);
        if (!role.InlinePolicies.Remove(policyName))
        {
            throw IamErrors.NoSuchInlinePolicy(policyName);
        }
    }

    public void TagRole(string name, IReadOnlyList<IamTag> tags)
    {
        var role = GetRole(name);
        foreach (var tag in tags)
        {
            role.Tags.RemoveAll(t => t.Key == tag.Key);
            role.Tags.Add(tag);
        }

        if (role.Tags.Count > 50)
        {
            throw IamErrors.Limit("TagsPerRole", 50);
        }
    }

    public DateTimeOffset? RoleCreatedAt(string roleArn)
    {
        var slash = roleArn.LastIndexOf('/');
        if (!roleArn.StartsWith($"arn:aws:iam::{context.AccountId}:role/", StringComparison.Ordinal) || slash < 0)
        {
            return null;
        }

        return State.Roles.TryGetValue(roleArn[(slash + 1)..], out var role) && role.Arn == roleArn ? role.CreateDate : null;
    }

    private static void ValidateName(string name, string field)
    {
        if (name.Length is < 1 or > 128 || (field == "roleName" && name.Length > 64) || !NamePattern().IsMatch(name))
        {
            throw IamErrors.Validation(
                $"1 validation error detected: Value '{name}' at '{field}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+");
        }
    }

    private static void ValidateDocument(string document)
    {
        try
        {
            using var parsed = JsonDocument.Parse(document);
            if (parsed.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw IamErrors.Malformed("Syntax errors in policy.");
            }
        }
        catch (JsonException)
        {
            throw IamErrors.Malformed("This policy contains invalid Json");
        }
    }

    [GeneratedRegex(@"^[\w+=,.@-]+$")]
    private static partial Regex NamePattern();
}
