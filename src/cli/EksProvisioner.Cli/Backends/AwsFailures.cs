using Amazon.Runtime;
using EksProvisioner.Core.Errors;

namespace EksProvisioner.Cli.Backends;

/// <summary>
/// The ways talking to AWS fails (permissions, throttling past the retries, endpoint, service errors): exit 1
/// with the reason, in both backends. Exit 2 stays for usage: only missing credentials, a configuration the
/// user must fix before any call is made, is reported as such.
/// </summary>
internal static class AwsFailures
{
    public static bool Is(Exception e) => e is EksProvisionerException or HttpRequestException or AmazonClientException;

    public static async Task<int> ReportAsync(CliContext context, Exception e)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(e);
        var where = e is EksProvisionerException { Service: { } service, Operation: { } operation } ? $" ({service} {operation})" : "";
        await context.Stderr.WriteLineAsync($"eksprov: AWS call failed{where}: {e.Message}");
        if (e is EksProvisionerException { RequestId: { } requestId })
        {
            await context.Stderr.WriteLineAsync($"eksprov: AWS request id: {requestId}");
        }

        if (context.Verbose)
        {
            await context.Stderr.WriteLineAsync(e.ToString());
        }
        if (IsMissingCredentials(e))
        {
            // The SDK lists every provider it tried; say what to do about it.
            await context.Stderr.WriteLineAsync(
                "eksprov: no AWS credentials: run 'aws configure' or 'aws sso login', pass --profile NAME, or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY; add --local to use the simulated account instead.");
        }

        return IsMissingCredentials(e) ? ExitCodes.Invalid : ExitCodes.Failed;
    }

    private static bool IsMissingCredentials(Exception e) =>
        e is AmazonClientException && e.Message.Contains("credentials", StringComparison.OrdinalIgnoreCase);
}
