using Amazon.Runtime;
using EksProvisioner.Aws;

namespace EksProvisioner.Testing;

/// <summary>Client options for tests: dummy credentials, a fixed region, no process environment.</summary>
public static class TestAws
{
    /// <summary>
    /// Options reaching <paramref name="endpoint"/> (moto, a simulator) or, through <paramref name="handler"/>,
    /// an in-process server such as <see cref="StepFunctionsApiHandler"/>; neither = an endpoint nobody answers.
    /// </summary>
    public static AwsClientOptions Options(Uri? endpoint = null, HttpMessageHandler? handler = null, string region = "us-east-1") => new()
    {
        Region = region,
        Credentials = new BasicAWSCredentials("testing", "testing"),
        EndpointUrl = endpoint ?? new Uri("http://127.0.0.1:1"),
        HttpHandler = handler,
        EnvironmentVariables = _ => null,
    };
}
