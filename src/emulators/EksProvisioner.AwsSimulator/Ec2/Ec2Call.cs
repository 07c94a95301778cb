using EksProvisioner.AwsSimulator.Ec2.Wire;

namespace EksProvisioner.AwsSimulator.Ec2;

/// <summary>One EC2 call as an operation sees it: its parameters and the region and account it is for.</summary>
internal sealed record Ec2Call(string Action, Ec2Form Form, string Region, string AccountId);
