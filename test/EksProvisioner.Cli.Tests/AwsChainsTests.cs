using Amazon.Runtime;
using EksProvisioner.Cli.Backends;

namespace EksProvisioner.Cli.Tests;

public sealed class AwsChainsTests
{
    [Fact]
    public void Resolve_ProfileInCredentialsFile_TakesItsKeysAndRegion()
    {
        using var files = new StateDir();
        var credentials = WriteCredentials(files, "[team]\naws_access_key_id = AKIATEAM\naws_secret_access_key = team-secret\nregion = eu-west-1\n");

        var options = AwsChains.Resolve("team", null, null, Environment(("AWS_SHARED_CREDENTIALS_FILE", credentials)), out var problem);

        Assert.Null(problem);
        Assert.Equal("eu-west-1", options!.Region);
        Assert.Equal("AKIATEAM", options.Credentials!.GetCredentials().AccessKey);
    }

    [Fact]
    public void Resolve_ProfileOnlyInTheConfigBesideTheCredentialsFile_TakesItsRegionAndKeys()
    {
        // AWSSDK.Core reads AWS_CONFIG_FILE from the process environment only; next to a credentials file
        // given through AWS_SHARED_CREDENTIALS_FILE it reads the "config" file of the same folder.
        using var files = new StateDir();
        var credentials = WriteCredentials(files, "[other]\naws_access_key_id = A\naws_secret_access_key = s\n");
        File.WriteAllText(Path.Combine(files.Path, "config"), "[profile cfg]\nregion = ap-south-1\naws_access_key_id = AKIACFG\naws_secret_access_key = s\n");

        var options = AwsChains.Resolve("cfg", null, null, Environment(("AWS_SHARED_CREDENTIALS_FILE", credentials)), out var problem);

        Assert.Null(problem);
        Assert.Equal("ap-south-1", options!.Region);
        Assert.Equal("AKIACFG", options.Credentials!.GetCredentials().AccessKey);
    }

    [Fact]
    public void Resolve_AwsProfileVariable_ChoosesTheProfileAndAwsRegionStillWins()
    {
        using var files = new StateDir();
        var credentials = WriteCredentials(files, "[team]\naws_access_key_id = AKIATEAM\naws_secret_access_key = s\nregion = eu-west-1\n");

        var options = AwsChains.Resolve(
            null, null, null, Environment(("AWS_SHARED_CREDENTIALS_FILE", credentials), ("AWS_PROFILE", "team"), ("AWS_REGION", "ap-south-1")), out _);

        Assert.Equal("ap-south-1", options!.Region);
        Assert.Equal("AKIATEAM", options.Credentials!.GetCredentials().AccessKey);
    }

    [Fact]
    public void Resolve_UnknownProfile_NamesItAndTheFile()
    {
        using var files = new StateDir();
        var credentials = WriteCredentials(files, "[team]\naws_access_key_id = A\naws_secret_access_key = s\n");

        var options = AwsChains.Resolve("nobody", "us-east-1", null, Environment(("AWS_SHARED_CREDENTIALS_FILE", credentials)), out var problem);

        Assert.Null(options);
        Assert.Contains("'nobody'", problem, StringComparison.Ordinal);
        Assert.Contains(credentials, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_RegionOrder_OptionThenRequestThenAwsRegionThenAwsDefaultRegion()
    {
        var environment = Environment(("AWS_REGION", "r-env"), ("AWS_DEFAULT_REGION", "r-default"), ("AWS_ACCESS_KEY_ID", "A"), ("AWS_SECRET_ACCESS_KEY", "s"));

        Assert.Equal("r-option", AwsChains.Resolve(null, "r-option", "r-request", environment, out _)!.Region);
        Assert.Equal("r-request", AwsChains.Resolve(null, null, "r-request", environment, out _)!.Region);
        Assert.Equal("r-env", AwsChains.Resolve(null, null, null, environment, out _)!.Region);
        Assert.Equal("r-default", AwsChains.Resolve(null, null, null, Environment(("AWS_DEFAULT_REGION", "r-default")), out _)!.Region);
    }

    [Fact]
    public void Resolve_NoRegion_ExplainsWhatToSet()
    {
        using var files = new StateDir();
        var credentials = WriteCredentials(files, "[team]\naws_access_key_id = A\naws_secret_access_key = s\n");

        var options = AwsChains.Resolve(null, null, null, Environment(("AWS_SHARED_CREDENTIALS_FILE", credentials)), out var problem);

        Assert.Null(options);
        Assert.Contains("--region", problem, StringComparison.Ordinal);
        Assert.Contains("AWS_REGION", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_KeysInTheEnvironment_SessionTokenMakesSessionCredentials()
    {
        var options = AwsChains.Resolve(
            null, "us-east-1", null, Environment(("AWS_ACCESS_KEY_ID", "A"), ("AWS_SECRET_ACCESS_KEY", "s"), ("AWS_SESSION_TOKEN", "t")), out _);

        Assert.IsType<SessionAWSCredentials>(options!.Credentials);
        Assert.Equal("t", options.Credentials.GetCredentials().Token);
    }

    [Fact]
    public void Resolve_NothingInTheEnvironment_LeavesCredentialsToTheSdkChainAndPassesTheAccessorOn()
    {
        var environment = Environment(("AWS_ENDPOINT_URL", "http://localhost:1"));

        var options = AwsChains.Resolve(null, "us-east-1", null, environment, out _);

        Assert.Null(options!.Credentials);
        Assert.Equal("http://localhost:1", options.EnvironmentVariables("AWS_ENDPOINT_URL"));
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    private static string WriteCredentials(StateDir files, string text)
    {
        var path = Path.Combine(files.Path, "credentials");
        File.WriteAllText(path, text);
        return path;
    }
}
