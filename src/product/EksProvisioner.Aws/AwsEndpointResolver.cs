using EksProvisioner.Aws.Http;

namespace EksProvisioner.Aws;

/// <summary>
/// Resolves a service's endpoint and signing scope the way the AWS SDKs do: an explicit override in
/// code, then <c>AWS_ENDPOINT_URL_&lt;SERVICE_ID&gt;</c>, then <c>AWS_ENDPOINT_URL</c> (both ignored when
/// <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true</c>), then the public endpoint. IAM is global: it is
/// signed for us-east-1 (cn-north-1, us-gov-west-1 in those partitions) whatever the endpoint.
/// </summary>
public static class AwsEndpointResolver
{
    private static readonly Dictionary<string, string> SigningNames = new(StringComparer.OrdinalIgnoreCase)
    {
        [AwsServiceIds.Eks] = "eks",
        [AwsServiceIds.Iam] = "iam",
        [AwsServiceIds.StepFunctions] = "states",
        [AwsServiceIds.Ec2] = "ec2",
        [AwsServiceIds.Sts] = "sts",
        [AwsServiceIds.ResourceGroupsTagging] = "tagging",
        [AwsServiceIds.Ssm] = "ssm",
        [AwsServiceIds.ElasticLoadBalancingV2] = "elasticloadbalancing",
    };

    /// <summary>The endpoint of <paramref name="serviceId"/> in <paramref name="region"/>.</summary>
    public static AwsServiceEndpoint Resolve(string serviceId, string region, AwsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(serviceId);
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(options);
        var signingName = SigningNames.TryGetValue(serviceId, out var known)
            ? known
            : throw new ArgumentException($"unknown service id '{serviceId}'", nameof(serviceId));
        var (defaultUrl, signingRegion) = PublicEndpoint(signingName, region);
        var url = Explicit(serviceId, options) ?? Configured(serviceId, options) ?? defaultUrl;
        return new AwsServiceEndpoint(serviceId.ToUpperInvariant(), url, signingName, signingRegion);
    }

    /// <summary>The environment variable that overrides <paramref name="serviceId"/>'s endpoint.</summary>
    public static string EnvironmentVariableFor(string serviceId)
    {
        ArgumentNullException.ThrowIfNull(serviceId);
        return "AWS_ENDPOINT_URL_" + serviceId.ToUpperInvariant().Replace(' ', '_');
    }

    private static Uri? Explicit(string serviceId, AwsClientOptions options)
    {
        if (options.ServiceEndpoints is not null)
        {
            foreach (var (key, value) in options.ServiceEndpoints)
            {
                if (string.Equals(key, serviceId, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }
        }

        return options.EndpointUrl;
    }

    private static Uri? Configured(string serviceId, AwsClientOptions options)
    {
        if (string.Equals(options.EnvironmentVariables("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var value = options.EnvironmentVariables(EnvironmentVariableFor(serviceId));
        if (string.IsNullOrWhiteSpace(value))
        {
            value = options.EnvironmentVariables("AWS_ENDPOINT_URL");
        }

        return string.IsNullOrWhiteSpace(value) ? null : new Uri(value.Trim());
    }

    private static (Uri Url, string SigningRegion) PublicEndpoint(string signingName, string region)
    {
        var china = region.StartsWith("cn-", StringComparison.Ordinal);
        var suffix = china ? "amazonaws.com.cn" : "amazonaws.com";
        if (signingName == "iam")
        {
            if (china)
            {
                return (new Uri("https://iam.cn-north-1.amazonaws.com.cn"), "cn-north-1");
            }

            return region.StartsWith("us-gov-", StringComparison.Ordinal)
                ? (new Uri("https://iam.us-gov.amazonaws.com"), "us-gov-west-1")
                : (new Uri("https://iam.amazonaws.com"), "us-east-1");
        }

        return (new Uri($"https://{signingName}.{region}.{suffix}"), region);
    }
}
