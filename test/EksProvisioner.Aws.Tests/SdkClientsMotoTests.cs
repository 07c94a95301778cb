using Amazon.EC2.Model;
using Amazon.SecurityToken.Model;
using EksProvisioner.Core.Errors;
using EksProvisioner.Testing;

namespace EksProvisioner.Aws.Tests;

/// <summary>AWSSDK.EC2 and AWSSDK.SecurityToken made by <see cref="AwsClientFactory"/>, against moto.</summary>
[Collection(MotoCollection.Name)]
public sealed class SdkClientsMotoTests(MotoServer moto) : IDisposable
{
    private readonly AwsClientFactory _factory = TestFactories.Moto(moto);

    public void Dispose() => _factory.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ec2DeleteVpc_WithSubnet_ThrowsDependencyStillPresent()
    {
        using var ec2 = _factory.CreateEc2();
        var vpc = (await ec2.CreateVpcAsync(new CreateVpcRequest { CidrBlock = "10.20.0.0/16" }, Token)).Vpc;
        await ec2.CreateSubnetAsync(new CreateSubnetRequest { VpcId = vpc.VpcId, CidrBlock = "10.20.1.0/24" }, Token);

        var error = await Assert.ThrowsAsync<DependencyStillPresentException>(() => ec2.DeleteVpcAsync(new DeleteVpcRequest { VpcId = vpc.VpcId }, Token));

        Assert.Equal("DependencyViolation", error.AwsErrorCode);
        Assert.Equal("ec2", error.Service);
        Assert.Equal("DeleteVpc", error.Operation);
        Assert.Equal(400, error.HttpStatusCode);
    }

    [Fact]
    public async Task Ec2DescribeVpcs_MissingId_ThrowsAwsResourceNotFound()
    {
        using var ec2 = _factory.CreateEc2();

        var error = await Assert.ThrowsAsync<AwsResourceNotFoundException>(
            () => ec2.DescribeVpcsAsync(new DescribeVpcsRequest { VpcIds = ["vpc-0123456789abcdef0"] }, Token));

        Assert.Equal("InvalidVpcID.NotFound", error.AwsErrorCode);
    }

    [Fact]
    public async Task StsGetCallerIdentity_DummyCredentials_ReturnsMotoAccount()
    {
        using var sts = _factory.CreateSts();

        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), Token);

        Assert.Equal("123456789012", identity.Account);
    }
}
