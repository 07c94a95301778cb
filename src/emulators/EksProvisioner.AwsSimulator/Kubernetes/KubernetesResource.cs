namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>One served resource type: where it lives in the API and what it is called.</summary>
internal sealed record KubernetesResource(string Group, string Version, string Plural, string Kind, bool Namespaced, string[] ShortNames)
{
    public string GroupVersion => Group.Length == 0 ? Version : Group + "/" + Version;

    public string ApiVersion => GroupVersion;
}
