namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The ELBv2 <c>Tag</c> shape (botocore model elbv2 2015-12-01).</summary>
public sealed record Tag
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}
