namespace EksProvisioner.AwsSimulator.Ec2;

/// <summary>One EC2 action: takes the call, returns the children of <c>&lt;{Action}Response&gt;</c> after requestId.</summary>
internal delegate IEnumerable<object?> Ec2Operation(Ec2Call call);
