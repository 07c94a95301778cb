using Amazon.EC2.Model;
using Amazon.Runtime;
using EksProvisioner.Aws;
using EksProvisioner.Core.Time;
using Microsoft.Extensions.Time.Testing;

namespace EksProvisioner.Cli.Tests;

/// <summary>Stands for what a stage leaves behind: one VPC tagged for an environment, created in the account at an endpoint.</summary>
internal static class TaggedVpc
{
    public static async Task<string> CreateAsync(Uri endpoint, string environment)
    {
        // No faults here, so the client never backs off: a fake clock that never moves is enough.
        using var factory = new AwsClientFactory(
            new AwsClientOptions { Region = "us-east-1", Credentials = new BasicAWSCredentials("local", "local"), EndpointUrl = endpoint, EnvironmentVariables = _ => null },
            new FakeTimeProvider(),
            Randomizers.Seeded(0));
        using var ec2 = factory.CreateEc2();
        var response = await ec2.CreateVpcAsync(
            new CreateVpcRequest
            {
                CidrBlock = "10.9.0.0/16",
                TagSpecifications = [new TagSpecification { ResourceType = "vpc", Tags = [new Tag("eksprov:environment", environment)] }],
            },
            TestContext.Current.CancellationToken);
        return response.Vpc.VpcId;
    }
}
