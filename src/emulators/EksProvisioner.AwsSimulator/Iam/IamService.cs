using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using EksProvisioner.Aws.Iam;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Wire;
using static EksProvisioner.AwsSimulator.Wire.QueryXml;

namespace EksProvisioner.AwsSimulator.Iam;

/// <summary>
/// Simulated IAM over the Query protocol (version 2010-05-08): roles, managed and inline role
/// policies, role tags. Routed by the table the client sends with (<see cref="IamOperations"/>); wire format here, rules in <see cref="IamRules"/>, errors in <see cref="IamErrors"/>.
/// </summary>
internal sealed class IamService(IamRules rules) : ISimulatedService
{
    private static readonly XNamespace Ns = $"https://iam.amazonaws.com/doc/{IamOperations.ApiVersion}/";

    public string SigningName => "iam";

    public IRoleDirectory Roles => rules;

    public SimulatedResponse Handle(SimulatedRequest request)
    {
        var form = request.Form;
        var action = form.GetValueOrDefault("Action") ?? throw IamErrors.InvalidAction("(none)");
        var operation = IamOperations.Table.Find(action) ?? throw IamErrors.InvalidAction(action);
        var id = request.RequestId;
        switch (operation.Name)
        {
            case nameof(IamOperations.CreateRole):
                var created = rules.CreateRole(
                    Required(form, "RoleName"),
                    form.GetValueOrDefault("Path") ?? "/",
                    Required(form, "AssumeRolePolicyDocument"),
                    form.GetValueOrDefault("Description"),
                    form.TryGetValue("MaxSessionDuration", out var max) ? int.Parse(max, CultureInfo.InvariantCulture) : null,
                    Tags(form));
                return Ok(Ns, action, id, RoleXml(created));
            case nameof(IamOperations.GetRole):
                return Ok(Ns, action, id, RoleXml(rules.GetRole(Required(form, "RoleName"))));
            case nameof(IamOperations.DeleteRole):
                rules.DeleteRole(Required(form, "RoleName"));
                return Ok(Ns, action, id);
            case nameof(IamOperations.TagRole):
                rules.TagRole(Required(form, "RoleName"), Tags(form));
                return Ok(Ns, action, id);
            case nameof(IamOperations.ListRoleTags):
                var tagged = rules.GetRole(Required(form, "RoleName"));
                return Ok(Ns, action, id, Members("Tags", tagged.Tags.Select(TagXml)), E("IsTruncated", "false"));
            case nameof(IamOperations.AttachRolePolicy):
                rules.AttachPolicy(Required(form, "RoleName"), Required(form, "PolicyArn"));
                return Ok(Ns, action, id);
            case nameof(IamOperations.DetachRolePolicy):
                rules.DetachPolicy(Required(form, "RoleName"), Required(form, "PolicyArn"));
                return Ok(Ns, action, id);
            case nameof(IamOperations.ListAttachedRolePolicies):
                var attached = rules.GetRole(Required(form, "RoleName")).AttachedPolicyArns;
                return Ok(
                    Ns,
                    action,
                    id,
                    Members("AttachedPolicies", attached.Select(arn => new object[] { E("PolicyName", arn[(arn.LastIndexOf('/') + 1)..]), E("PolicyArn", arn) })),
                    E("IsTruncated", "false"));
            case nameof(IamOperations.PutRolePolicy):
                rules.PutInlinePolicy(Required(form, "RoleName"), Required(form, "PolicyName"), Required(form, "PolicyDocument"));
                return Ok(Ns, action, id);
            case nameof(IamOperations.DeleteRolePolicy):
                rules.DeleteInlinePolicy(Required(form, "RoleName"), Required(form, "PolicyName"));
                return Ok(Ns, action, id);
            case nameof(IamOperations.ListRolePolicies):
                var inline = rules.GetRole(Required(form, "RoleName")).InlinePolicies.Keys;
                return Ok(Ns, action, id, Members("PolicyNames", inline), E("IsTruncated", "false"));
            case nameof(IamOperations.GetRolePolicy):
                var roleName = Required(form, "RoleName");
                var policyName = Required(form, "PolicyName");
                var document = rules.GetRole(roleName).InlinePolicies.GetValueOrDefault(policyName) ?? throw IamErrors.NoSuchInlinePolicy(policyName);
                return Ok(Ns, action, id, E("RoleName", roleName), E("PolicyName", policyName), E("PolicyDocument", Uri.EscapeDataString(document)));
            default:
                throw IamErrors.InvalidAction(action);
        }
    }

    public IEnumerable<SimulatedResource> Resources() =>
        rules.State.Roles.Values.Select(r => new SimulatedResource(
            "iam", "role", r.RoleName, "available", r.Tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal))).ToList();

    public JsonNode SaveState() => JsonSerializer.SerializeToNode(rules.State)!;

    public void LoadState(JsonNode state)
    {
        var loaded = state.Deserialize<IamState>() ?? new IamState();
        loaded.Roles = new Dictionary<string, IamRole>(loaded.Roles, StringComparer.OrdinalIgnoreCase);
        rules.State = loaded;
    }

    public void Reset() => rules.State = new IamState();

    private static XElement RoleXml(IamRole role) =>
        new(
            "Role",
            E("Path", role.Path),
            E("RoleName", role.RoleName),
            E("RoleId", role.RoleId),
            E("Arn", role.Arn),
            E("CreateDate", Timestamp(role.CreateDate)),
            E("AssumeRolePolicyDocument", Uri.EscapeDataString(role.AssumeRolePolicyDocument)),
            role.Description is null ? null : E("Description", role.Description),
            E("MaxSessionDuration", role.MaxSessionDuration.ToString(CultureInfo.InvariantCulture)),
            role.Tags.Count == 0 ? null : Members("Tags", role.Tags.Select(TagXml)),
            E("RoleLastUsed", null));

    private static object[] TagXml(IamTag tag) => [E("Key", tag.Key), E("Value", tag.Value)];

    private static List<IamTag> Tags(IReadOnlyDictionary<string, string> form) =>
        ListOf(form, "Tags").Select(t => new IamTag(t.GetValueOrDefault("Key") ?? string.Empty, t.GetValueOrDefault("Value") ?? string.Empty)).ToList();

    private static string Required(IReadOnlyDictionary<string, string> form, string name) =>
        form.TryGetValue(name, out var value) ? value : throw IamErrors.Missing(name);
}
