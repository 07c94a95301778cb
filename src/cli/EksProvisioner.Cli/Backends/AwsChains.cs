using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using EksProvisioner.Aws;

namespace EksProvisioner.Cli.Backends;

/// <summary>
/// The region and credentials for the CLI against AWS, following AWSSDK.Core's chains but reading
/// environment variables through the CLI's accessor. Region: --region, then the request's region (up),
/// AWS_REGION, AWS_DEFAULT_REGION, the profile's region. Credentials: the profile (--profile or
/// AWS_PROFILE) from AWSSDK.Core's profile store (AWS_SHARED_CREDENTIALS_FILE honoured), else
/// AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY[/AWS_SESSION_TOKEN], else the SDK's default chain (default
/// profile, SSO, web identity, container and instance credentials). The instance-metadata region is
/// not consulted: an unresolved region is a usage error that names what to set.
/// </summary>
internal static class AwsChains
{
    public static AwsClientOptions? Resolve(string? profileOption, string? regionOption, string? regionFallback, Func<string, string?> environment, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(environment);
        problem = null;
        var profileName = profileOption ?? NonEmpty(environment("AWS_PROFILE"));
        CredentialProfile? profile = null;
        var store = new CredentialProfileStoreChain(NonEmpty(environment("AWS_SHARED_CREDENTIALS_FILE")));
        if (profileName is not null && !store.TryGetProfile(profileName, out profile))
        {
            problem = $"no AWS profile '{profileName}' in the shared credentials or config file" +
                (NonEmpty(environment("AWS_SHARED_CREDENTIALS_FILE")) is { } file ? $" ({file})" : "") + ".";
            return null;
        }

        var region = regionOption ?? regionFallback
            ?? NonEmpty(environment("AWS_REGION")) ?? NonEmpty(environment("AWS_DEFAULT_REGION"))
            ?? profile?.Region?.SystemName
            ?? (store.TryGetProfile("default", out var fallback) ? fallback.Region?.SystemName : null);
        if (region is null)
        {
            problem = "no AWS region: pass --region, set AWS_REGION, or give the profile a region.";
            return null;
        }

        AWSCredentials? credentials = null;
        if (profile is not null)
        {
            if (!store.TryGetAWSCredentials(profile.Name, out credentials))
            {
                problem = $"the AWS profile '{profile.Name}' has no usable credentials.";
                return null;
            }
        }
        else if (NonEmpty(environment("AWS_ACCESS_KEY_ID")) is { } key && NonEmpty(environment("AWS_SECRET_ACCESS_KEY")) is { } secret)
        {
            credentials = NonEmpty(environment("AWS_SESSION_TOKEN")) is { } token
                ? new SessionAWSCredentials(key, secret, token)
                : new BasicAWSCredentials(key, secret);
        }

        return new AwsClientOptions { Region = region, Credentials = credentials, EnvironmentVariables = environment };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
