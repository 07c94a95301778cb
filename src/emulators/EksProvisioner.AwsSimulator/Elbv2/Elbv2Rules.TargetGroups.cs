namespace EksProvisioner.AwsSimulator.Elbv2;

/// <summary>Target groups: a target group a listener of a live load balancer forwards to cannot be deleted (ResourceInUse).</summary>
internal sealed partial class Elbv2Rules
{
    public Elbv2TargetGroup CreateTargetGroup(string region, Elbv2TargetGroup request, string? loadBalancerArn = null)
    {
        if (State.TargetGroups.Values.FirstOrDefault(g => g.Region == region && g.Name == request.Name) is { } existing)
        {
            return existing.Protocol == request.Protocol && existing.Port == request.Port ? existing : throw Elbv2Errors.DuplicateTargetGroupName(request.Name);
        }

        ValidateName(request.Name, "target group");
        var arn = $"arn:aws:elasticloadbalancing:{region}:{context.AccountId}:targetgroup/{request.Name}/{Id(region + "/tg/" + request.Name)}";
        var group = new Elbv2TargetGroup
        {
            Arn = arn,
            Name = request.Name,
            Region = region,
            Protocol = request.Protocol,
            Port = request.Port,
            VpcId = request.VpcId,
            TargetType = request.TargetType,
            Tags = new Dictionary<string, string>(request.Tags, StringComparer.Ordinal),
            LoadBalancerArns = loadBalancerArn is null ? [] : [loadBalancerArn],
        };
        State.TargetGroups[arn] = group;
        return group;
    }

    public IEnumerable<Elbv2TargetGroup> TargetGroups(string region) => State.TargetGroups.Values.Where(g => g.Region == region);

    /// <summary>Deletes a target group no live load balancer uses; an unknown one is no error.</summary>
    public void DeleteTargetGroup(string arn)
    {
        if (State.TargetGroups.GetValueOrDefault(arn) is not { } group)
        {
            return;
        }

        if (group.LoadBalancerArns.Count > 0)
        {
            throw Elbv2Errors.ResourceInUse(arn);
        }

        State.TargetGroups.Remove(arn);
    }
}
