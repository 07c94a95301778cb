namespace EksProvisioner.Aws.Tests;

public sealed class AwsEndpointResolverTests
{
    private static AwsClientOptions Options(Dictionary<string, string>? environment = null) =>
        new() { EnvironmentVariables = name => environment?.GetValueOrDefault(name) };

    [Theory]
    [InlineData("EKS", "eu-west-1", "https://eks.eu-west-1.amazonaws.com/", "eks", "eu-west-1")]
    [InlineData("SFN", "eu-west-1", "https://states.eu-west-1.amazonaws.com/", "states", "eu-west-1")]
    [InlineData("EC2", "ap-southeast-2", "https://ec2.ap-southeast-2.amazonaws.com/", "ec2", "ap-southeast-2")]
    [InlineData("STS", "us-west-2", "https://sts.us-west-2.amazonaws.com/", "sts", "us-west-2")]
    [InlineData("IAM", "eu-west-1", "https://iam.amazonaws.com/", "iam", "us-east-1")]
    [InlineData("IAM", "cn-northwest-1", "https://iam.cn-north-1.amazonaws.com.cn/", "iam", "cn-north-1")]
    [InlineData("IAM", "us-gov-east-1", "https://iam.us-gov.amazonaws.com/", "iam", "us-gov-west-1")]
    [InlineData("EKS", "cn-north-1", "https://eks.cn-north-1.amazonaws.com.cn/", "eks", "cn-north-1")]
    [InlineData("Resource Groups Tagging API", "eu-west-1", "https://tagging.eu-west-1.amazonaws.com/", "tagging", "eu-west-1")]
    public void Resolve_NoOverride_IsPublicEndpointAndSigningScope(string service, string region, string url, string signingName, string signingRegion)
    {
        var endpoint = AwsEndpointResolver.Resolve(service, region, Options());

        Assert.Equal(new Uri(url), endpoint.Url);
        Assert.Equal(signingName, endpoint.SigningName);
        Assert.Equal(signingRegion, endpoint.SigningRegion);
    }

    [Fact]
    public void Resolve_ServiceVariable_WinsOverGlobalVariable()
    {
        var environment = new Dictionary<string, string> { ["AWS_ENDPOINT_URL"] = "http://all:1", ["AWS_ENDPOINT_URL_EKS"] = "http://eks:2" };

        Assert.Equal(new Uri("http://eks:2"), AwsEndpointResolver.Resolve("EKS", "eu-west-1", Options(environment)).Url);
        Assert.Equal(new Uri("http://all:1"), AwsEndpointResolver.Resolve("EC2", "eu-west-1", Options(environment)).Url);
    }

    [Fact]
    public void Resolve_TaggingVariable_UsesBotocoreServiceIdWithUnderscores()
    {
        var environment = new Dictionary<string, string> { ["AWS_ENDPOINT_URL"] = "http://all:1", ["AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API"] = "http://tagging:3" };

        var endpoint = AwsEndpointResolver.Resolve(AwsServiceIds.ResourceGroupsTagging, "eu-west-1", Options(environment));

        Assert.Equal("AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API", AwsEndpointResolver.EnvironmentVariableFor(AwsServiceIds.ResourceGroupsTagging));
        Assert.Equal(new Uri("http://tagging:3"), endpoint.Url);
        Assert.Equal("tagging", endpoint.SigningName);
    }

    [Fact]
    public void Resolve_GlobalOverrideToMoto_KeepsIamSignedForUsEast1()
    {
        var endpoint = AwsEndpointResolver.Resolve("IAM", "eu-west-1", Options() with { EndpointUrl = new Uri("http://127.0.0.1:5000") });

        Assert.Equal(new Uri("http://127.0.0.1:5000"), endpoint.Url);
        Assert.Equal("us-east-1", endpoint.SigningRegion);
    }

    [Fact]
    public void Resolve_ExplicitOverride_WinsOverEnvironment()
    {
        var environment = new Dictionary<string, string> { ["AWS_ENDPOINT_URL_SFN"] = "http://env:1" };

        var endpoint = AwsEndpointResolver.Resolve("SFN", "eu-west-1", Options(environment) with { EndpointUrl = new Uri("http://code:2") });

        Assert.Equal(new Uri("http://code:2"), endpoint.Url);
    }

    [Fact]
    public void Resolve_IgnoreConfiguredEndpoints_UsesPublicEndpoint()
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL"] = "http://all:1",
            ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "true",
        };

        Assert.Equal(new Uri("https://eks.eu-west-1.amazonaws.com"), AwsEndpointResolver.Resolve("EKS", "eu-west-1", Options(environment)).Url);
    }

    [Theory]
    [InlineData("SFN", "AWS_ENDPOINT_URL_SFN")]
    [InlineData("eks", "AWS_ENDPOINT_URL_EKS")]
    [InlineData("Elastic Load Balancing v2", "AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2")]
    public void EnvironmentVariableFor_ServiceId_IsUpperCasedWithUnderscores(string serviceId, string expected) =>
        Assert.Equal(expected, AwsEndpointResolver.EnvironmentVariableFor(serviceId));

    [Fact]
    public void Resolve_UnknownService_Throws() =>
        Assert.Throws<ArgumentException>(() => AwsEndpointResolver.Resolve("S3", "eu-west-1", Options()));
}
