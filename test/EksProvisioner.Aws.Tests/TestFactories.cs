using EksProvisioner.Core.Time;
using EksProvisioner.Testing;

namespace EksProvisioner.Aws.Tests;

/// <summary>Client factories pointed at moto or at an in-test handler, with dummy credentials and no process environment.</summary>
internal static class TestFactories
{
    public const string Region = "us-east-1";

    public static AwsClientOptions Options(Uri? endpoint = null, HttpMessageHandler? handler = null) => TestAws.Options(endpoint, handler, Region);

    public static AwsClientFactory Moto(MotoServer moto) => new(Options(moto.Endpoint), TimeProvider.System, Randomizers.Fixed(0));

    public static AwsClientFactory Canned(HttpMessageHandler handler, TimeProvider? time = null) =>
        new(Options(handler: handler), time ?? TimeProvider.System, Randomizers.Fixed(0.5));

    /// <summary>A name unique within this test run, so tests sharing one moto need no reset.</summary>
    public static string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref _counter)}";

    private static int _counter;
}
