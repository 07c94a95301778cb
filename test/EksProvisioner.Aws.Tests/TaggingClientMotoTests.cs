using Amazon.EC2.Model;
using EksProvisioner.Aws.Tagging;
using EksProvisioner.Testing;
using Ec2Tag = Amazon.EC2.Model.Tag;

namespace EksProvisioner.Aws.Tests;

/// <summary>GetResources against moto, over a VPC tagged with AWSSDK.EC2 (moto serves the Tagging API from its EC2 state).</summary>
[Collection(MotoCollection.Name)]
public sealed class TaggingClientMotoTests(MotoServer moto) : IDisposable
{
    private readonly AwsClientFactory _factory = TestFactories.Moto(moto);

    public void Dispose() => _factory.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAllResources_TaggedVpc_FindsItByKeyWithItsArnAndTags()
    {
        var environment = TestFactories.Unique("reap");
        using var ec2 = _factory.CreateEc2();
        var vpc = (await ec2.CreateVpcAsync(
            new CreateVpcRequest
            {
                CidrBlock = "10.30.0.0/16",
                TagSpecifications =
                [
                    new TagSpecification
                    {
                        ResourceType = "vpc",
                        Tags = [new Ec2Tag(AwsTags.Environment, environment), new Ec2Tag("eksprov:expires-at", "2026-01-02T03:04:05Z")],
                    },
                ],
            },
            Token)).Vpc;
        await ec2.CreateVpcAsync(new CreateVpcRequest { CidrBlock = "10.31.0.0/16" }, Token);

        var found = new List<ResourceTagMapping>();
        var request = new GetResourcesRequest { TagFilters = [new TagFilter { Key = AwsTags.Environment, Values = [environment] }] };
        await foreach (var mapping in _factory.CreateTagging().GetAllResourcesAsync(request, Token))
        {
            found.Add(mapping);
        }

        var only = Assert.Single(found);
        Assert.Equal($"arn:aws:ec2:{TestFactories.Region}:123456789012:vpc/{vpc.VpcId}", only.ResourceArn);
        Assert.Equal("2026-01-02T03:04:05Z", only.Tags!.Single(t => t.Key == "eksprov:expires-at").Value);
    }

    [Fact]
    public async Task GetResources_KeyOnlyFilter_ReturnsEveryValueOfTheKey()
    {
        var (first, second) = (TestFactories.Unique("key-only"), TestFactories.Unique("key-only"));
        using var ec2 = _factory.CreateEc2();
        foreach (var (name, cidr) in new[] { (first, "10.32.0.0/16"), (second, "10.33.0.0/16") })
        {
            await ec2.CreateVpcAsync(
                new CreateVpcRequest { CidrBlock = cidr, TagSpecifications = [new TagSpecification { ResourceType = "vpc", Tags = [new Ec2Tag(AwsTags.Environment, name)] }] },
                Token);
        }

        var values = new List<string>();
        await foreach (var mapping in _factory.CreateTagging().GetAllResourcesAsync(new GetResourcesRequest { TagFilters = [new TagFilter { Key = AwsTags.Environment }] }, Token))
        {
            values.Add(mapping.Tags!.Single(t => t.Key == AwsTags.Environment).Value!);
        }

        Assert.Contains(first, values);
        Assert.Contains(second, values);
    }
}
