using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Core.Contract;
using EksProvisioner.Workflow.Environments;

namespace EksProvisioner.Cli.Backends;

/// <summary>
/// The region an environment lives in. <see cref="EnvironmentExecutions.FindAsync"/> reads it from the
/// newest execution's input, but a request may leave it to the default; then the provisioning input is
/// read as the request it is, defaults applied.
/// </summary>
internal static class EnvironmentRegion
{
    public static async Task<string?> OfAsync(IStepFunctionsClient client, EnvironmentStatus? status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (status?.Region is { } region)
        {
            return region;
        }

        if (status?.Provision is not { } provision)
        {
            return null;
        }

        var input = (await client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = provision.ExecutionArn }, cancellationToken)).Input;
        return input is null ? null : EnvironmentRequests.Validate(input).Request?.Region;
    }
}
