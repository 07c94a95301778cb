namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The ELBv2 <c>AvailabilityZone</c> shape (botocore model elbv2 2015-12-01).</summary>
public sealed record AvailabilityZone
{
    public string? ZoneName { get; init; }

    public string? SubnetId { get; init; }
}
