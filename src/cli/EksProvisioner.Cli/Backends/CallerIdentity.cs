using Amazon.SecurityToken.Model;
using EksProvisioner.Aws;

namespace EksProvisioner.Cli.Backends;

/// <summary>The identity of whoever runs the CLI, which becomes a cluster admin of what it creates.</summary>
internal static class CallerIdentity
{
    public static async Task<string?> ArnAsync(AwsClientFactory factory, CancellationToken cancellationToken)
    {
        using var sts = factory.CreateSts();
        return (await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken)).Arn;
    }
}
