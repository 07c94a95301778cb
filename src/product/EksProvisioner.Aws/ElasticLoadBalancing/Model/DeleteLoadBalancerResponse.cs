namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The output of ELBv2 DeleteLoadBalancer (empty) (botocore model elbv2 2015-12-01).</summary>
public sealed record DeleteLoadBalancerResponse;
