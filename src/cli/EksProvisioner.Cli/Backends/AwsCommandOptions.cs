using System.CommandLine;

namespace EksProvisioner.Cli.Backends;

/// <summary>The options of the commands that run against a deployed stack: --profile, --region, --stack, --state-machine.</summary>
internal sealed class AwsCommandOptions
{
    public AwsCommandOptions(string stateMachineDescription)
    {
        StateMachine = new Option<string?>("--state-machine") { Description = stateMachineDescription };
    }

    public Option<string?> Profile { get; } = new("--profile") { Description = "AWS profile for credentials and region (default: AWS_PROFILE, else the SDK's default chain)." };

    public Option<string?> Region { get; } = new("--region") { Description = "AWS region of the stack (default: AWS_REGION, AWS_DEFAULT_REGION, the profile's region)." };

    public Option<string> Stack { get; } = new("--stack")
    {
        Description = $"The deployed stack: its state machines are STACK-provision-environment and STACK-teardown-environment.",
        DefaultValueFactory = _ => MachineNames.DefaultStack,
    };

    public Option<string?> StateMachine { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(Profile);
        command.Options.Add(Region);
        command.Options.Add(Stack);
        command.Options.Add(StateMachine);
    }

    /// <summary>For the commands that need both machines: how the sibling of --state-machine is found.</summary>
    public static string BothMachines =>
        "A state machine name or ARN instead of --stack; its sibling is derived by the naming rule " +
        "(...-provision-environment <-> ...-teardown-environment).";
}
