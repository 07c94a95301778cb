namespace EksProvisioner.Triggers.Webhook;

/// <summary>The label spelling of each <see cref="JiraKeyName"/> (eksprov-env:..., eksprov-ttl:...).</summary>
internal static class JiraKey
{
    public static readonly IReadOnlyList<string> Names = ["env", "region", "k8s", "ttl", "nodes", "instance", "spot"];

    public static JiraKeyName? Parse(string name) => name switch
    {
        "env" => JiraKeyName.Env,
        "region" => JiraKeyName.Region,
        "k8s" => JiraKeyName.K8s,
        "ttl" => JiraKeyName.Ttl,
        "nodes" => JiraKeyName.Nodes,
        "instance" => JiraKeyName.Instance,
        "spot" => JiraKeyName.Spot,
        _ => null,
    };
}
