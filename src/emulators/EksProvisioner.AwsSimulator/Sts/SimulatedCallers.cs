namespace EksProvisioner.AwsSimulator.Sts;

/// <summary>
/// The account's key table: every access key is an IAM user of that name whose secret is the key id itself,
/// the dummy-credential convention of `up --local` (`local`/`local`) and the aws CLI fixtures
/// (`testing`/`testing`). STS answers with this identity; the Kubernetes API checks presigned tokens with it.
/// </summary>
internal static class SimulatedCallers
{
    public static string UserArn(string accountId, string accessKeyId) => $"arn:aws:iam::{accountId}:user/{accessKeyId}";

    public static string SecretFor(string accessKeyId) => accessKeyId;
}
