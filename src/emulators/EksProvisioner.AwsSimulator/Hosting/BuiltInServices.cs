using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Ec2;
using EksProvisioner.AwsSimulator.Eks;
using EksProvisioner.AwsSimulator.Elbv2;
using EksProvisioner.AwsSimulator.Iam;
using EksProvisioner.AwsSimulator.Sts;
using EksProvisioner.AwsSimulator.Tagging;

namespace EksProvisioner.AwsSimulator.Hosting;

/// <summary>The services every simulated account has, wired to each other (EKS asks IAM, and EC2 through the account's network; the Tagging API reads them all).</summary>
internal static class BuiltInServices
{
    public static IReadOnlyList<ISimulatedService> Create(SimulatorServiceContext context, Ec2Quotas ec2Quotas, SimulatorAccount account)
    {
        var iam = new IamRules(context);
        return
        [
            new Ec2Service(context.Clock, context.Latency, ec2Quotas),
            new IamService(iam),
            new StsService(context),
            new EksService(new EksRules(context, iam, () => account.Network), context.Clock),
            new Elbv2Service(new Elbv2Rules(context, () => account.Network), () => account.Network),
            new TaggingService(new TaggingRules(() => account.Services)),
        ];
    }
}
