using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Teardown;

namespace EksProvisioner.Functions.Stages;

/// <summary>Lambda stage <c>VerifyTeardown</c> (state machine resource <c>${VerifyTeardownFunctionArn}</c>).</summary>
public sealed class VerifyTeardownHandler(VerifyTeardown stage) : StageHandler<VerifyTeardownInput, TeardownResult>
{
    public const string StageName = "VerifyTeardown";

    public VerifyTeardownHandler(StageClients clients)
        : this(new VerifyTeardown(clients.Eks, clients.Iam, clients.Ec2))
    {
    }

    protected override Task<TeardownResult> RunAsync(VerifyTeardownInput input, CancellationToken cancellationToken) => stage.RunAsync(input, cancellationToken);
}
