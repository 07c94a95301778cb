using EksProvisioner.AwsSimulator.Wire;

namespace EksProvisioner.AwsSimulator.Elbv2;

/// <summary>ELBv2's error table: code and HTTP status from the botocore model, AWS's message wording.</summary>
internal static class Elbv2Errors
{
    public static ServiceError LoadBalancerNotFound(string what) => new("LoadBalancerNotFound", 400, $"One or more load balancers not found: {what}");

    public static ServiceError TargetGroupNotFound(string what) => new("TargetGroupNotFound", 400, $"One or more target groups not found: {what}");

    public static ServiceError DuplicateLoadBalancerName(string name) => new("DuplicateLoadBalancerName", 400, $"A load balancer with the same name '{name}' exists, but with different settings");

    public static ServiceError DuplicateTargetGroupName(string name) => new("DuplicateTargetGroupName", 400, $"A target group with the same name '{name}' exists, but with different settings");

    public static ServiceError SubnetNotFound(string id) => new("SubnetNotFound", 400, $"The subnet ID '{id}' is not valid");

    public static ServiceError ResourceInUse(string arn) => new("ResourceInUse", 400, $"Target group '{arn}' is currently in use by a listener or a rule");

    public static ServiceError Validation(string message) => new("ValidationError", 400, message);

    public static ServiceError InvalidAction(string action) => new("InvalidAction", 400, $"Could not find operation {action} for version 2015-12-01");

    public static ServiceError Missing(string parameter) =>
        Validation($"1 validation error detected: Value null at '{char.ToLowerInvariant(parameter[0]) + parameter[1..]}' failed to satisfy constraint: Member must not be null");
}
