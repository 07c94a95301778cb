namespace EksProvisioner.Triggers.Webhook;

/// <summary>The request fields a Jira label or custom field can set.</summary>
internal enum JiraKeyName
{
    Env,
    Region,
    K8s,
    Ttl,
    Nodes,
    Instance,
    Spot,
}
