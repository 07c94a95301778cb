namespace EksProvisioner.AwsSimulator.Tagging;

/// <summary>One resource as GetResources sees it: its ARN and tags.</summary>
internal sealed record TaggedResource(string Arn, IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>The ARN's service, such as ec2 (arn:partition:service:region:account:resource).</summary>
    public string Service => Arn.Split(':')[2];

    /// <summary>The ARN's resource type, such as vpc in vpc/vpc-0a1 or cluster in cluster/dev.</summary>
    public string ResourceType
    {
        get
        {
            var resource = Arn.Split(':', 6)[5];
            var end = resource.IndexOfAny(['/', ':']);
            return end < 0 ? resource : resource[..end];
        }
    }
}
