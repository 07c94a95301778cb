using Amazon.Runtime;
using EksProvisioner.Aws;
using EksProvisioner.Aws.Ec2;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Core.Time;
using EksProvisioner.Testing;
using EksProvisioner.Workflow.Documents;

namespace EksProvisioner.Workflow.Tests.Moto;

/// <summary>Real clients pointed at moto, and an environment with a name unique to the test run (tests share one moto).</summary>
internal sealed class MotoWorld : IDisposable
{
    private static int _counter;

    public MotoWorld(MotoServer moto, string requestBody)
    {
        Factory = new AwsClientFactory(
            TestAws.Options(moto.Endpoint),
            TimeProvider.System,
            Randomizers.Fixed(0));
        Name = $"moto{Environment.ProcessId % 1000}x{Interlocked.Increment(ref _counter)}";
        Request = EnvironmentRequests.Parse($$"""{"name":"{{Name}}",{{requestBody}}}""");
        var start = TestWorld.Start;
        Info = new EnvironmentInfo(Name, Request.Region, start, OwnershipTags.ExpiresAt(Request, start), OwnershipTags.For(Request, start));
        Ec2 = new SdkEc2Client(Factory.CreateEc2());
    }

    public AwsClientFactory Factory { get; }

    public string Name { get; }

    public EnvironmentRequest Request { get; }

    public EnvironmentInfo Info { get; }

    public IEc2Client Ec2 { get; }

    public StageInput Input => new(Info, Request);

    public TeardownInput Teardown(IReadOnlyList<string>? deleted = null) => new(Name, "us-east-1", deleted);

    public void Dispose() => Factory.Dispose();
}
