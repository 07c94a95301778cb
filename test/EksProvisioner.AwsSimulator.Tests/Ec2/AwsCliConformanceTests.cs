using System.Diagnostics;
using System.Text.Json;
using EksProvisioner.Testing;

namespace EksProvisioner.AwsSimulator.Tests.Ec2;

/// <summary>The aws CLI (botocore's own parser, independent of AWSSDK.EC2) against the service over HTTP.</summary>
public sealed class AwsCliConformanceTests
{
    private static async Task<(int ExitCode, string Stdout, string Stderr)> AwsAsync(string aws, Uri endpoint, params string[] args)
    {
        var info = new ProcessStartInfo(aws) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args.Concat(["--endpoint-url", endpoint.ToString().TrimEnd('/'), "--output", "json", "--region", "us-east-1"]))
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["AWS_ACCESS_KEY_ID"] = "testing";
        info.Environment["AWS_SECRET_ACCESS_KEY"] = "testing";
        info.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        info.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        info.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        info.Environment["AWS_PAGER"] = string.Empty;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    [Trait("Oracle", "aws-cli")]
    public async Task AwsCli_NetworkSequence_ParsesAnswersAndSurfacesErrorCodes()
    {
        var aws = ExternalTools.Require("aws");
        using var harness = new Ec2Harness();
        await using var host = await Ec2HttpHost.StartAsync(harness.Service);

        // Two waves of parallel calls: each CLI start costs seconds on a loaded machine.
        var zonesCall = AwsAsync(aws, host.Endpoint, "ec2", "describe-availability-zones");
        var createCall = AwsAsync(aws, host.Endpoint, "ec2", "create-vpc", "--cidr-block", "10.0.0.0/16",
            "--tag-specifications", "ResourceType=vpc,Tags=[{Key=eksprov:environment,Value=cli}]");
        var missingCall = AwsAsync(aws, host.Endpoint, "ec2", "describe-subnets", "--subnet-ids", "subnet-0000000000000000a");

        var zones = await zonesCall;
        Assert.True(zones.ExitCode == 0, zones.Stderr);
        Assert.Contains("use1-az3", JsonDocument.Parse(zones.Stdout).RootElement.GetProperty("AvailabilityZones").EnumerateArray().Select(z => z.GetProperty("ZoneId").GetString()));
        var created = await createCall;
        Assert.True(created.ExitCode == 0, created.Stderr);
        var vpcId = JsonDocument.Parse(created.Stdout).RootElement.GetProperty("Vpc").GetProperty("VpcId").GetString()!;
        var missing = await missingCall;
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("(InvalidSubnetID.NotFound)", missing.Stderr, StringComparison.Ordinal);

        var describedCall = AwsAsync(aws, host.Endpoint, "ec2", "describe-vpcs", "--filters", "Name=tag:eksprov:environment,Values=cli");
        var subnetCall = AwsAsync(aws, host.Endpoint, "ec2", "create-subnet", "--vpc-id", vpcId, "--cidr-block", "10.1.0.0/24");

        var described = await describedCall;
        Assert.True(described.ExitCode == 0, described.Stderr);
        var vpc = Assert.Single(JsonDocument.Parse(described.Stdout).RootElement.GetProperty("Vpcs").EnumerateArray());
        Assert.Equal(vpcId, vpc.GetProperty("VpcId").GetString());
        Assert.Equal("cli", vpc.GetProperty("Tags")[0].GetProperty("Value").GetString());
        var outside = await subnetCall;
        Assert.Contains("(InvalidSubnet.Range)", outside.Stderr, StringComparison.Ordinal);
    }
}
