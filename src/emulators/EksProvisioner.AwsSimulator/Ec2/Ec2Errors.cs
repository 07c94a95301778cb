namespace EksProvisioner.AwsSimulator.Ec2;

/// <summary>
/// The error table: every EC2 error code the simulator answers, with AWS's wording
/// (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html). EC2 answers client
/// errors, "not found" included, with HTTP 400.
/// </summary>
internal static class Ec2Errors
{
    public static Ec2Exception NotFound(string id) => id switch
    {
        _ when id.StartsWith("vpc-", StringComparison.Ordinal) => new("InvalidVpcID.NotFound", $"The vpc ID '{id}' does not exist"),
        _ when id.StartsWith("subnet-", StringComparison.Ordinal) => new("InvalidSubnetID.NotFound", $"The subnet ID '{id}' does not exist"),
        _ when id.StartsWith("igw-", StringComparison.Ordinal) => new("InvalidInternetGatewayID.NotFound", $"The internetGateway ID '{id}' does not exist"),
        _ when id.StartsWith("rtb-", StringComparison.Ordinal) => new("InvalidRouteTableID.NotFound", $"The routeTable ID '{id}' does not exist"),
        _ when id.StartsWith("eipalloc-", StringComparison.Ordinal) => new("InvalidAllocationID.NotFound", $"The allocation ID '{id}' does not exist"),
        _ when id.StartsWith("nat-", StringComparison.Ordinal) => new("NatGatewayNotFound", $"The Nat Gateway {id} was not found"),
        _ when id.StartsWith("sg-", StringComparison.Ordinal) => new("InvalidGroup.NotFound", $"The security group '{id}' does not exist"),
        _ when id.StartsWith("eni-", StringComparison.Ordinal) => new("InvalidNetworkInterfaceID.NotFound", $"The networkInterface ID '{id}' does not exist"),
        _ when id.StartsWith("rtbassoc-", StringComparison.Ordinal) || id.StartsWith("eipassoc-", StringComparison.Ordinal)
            => new("InvalidAssociationID.NotFound", $"The association ID '{id}' does not exist"),
        _ => new("InvalidID", $"The ID '{id}' is not valid"),
    };

    public static Ec2Exception DependencyViolation(string kind, string id) =>
        new("DependencyViolation", $"The {kind} '{id}' has dependencies and cannot be deleted.");

    public static Ec2Exception DependentObject(string id) =>
        new("DependencyViolation", $"resource {id} has a dependent object");

    public static Ec2Exception MappedPublicAddresses(string vpcId) =>
        new("DependencyViolation", $"Network {vpcId} has some mapped public address(es). Please unmap those public address(es) before detaching the gateway.");

    public static Ec2Exception AddressInUse(string allocationId) =>
        new("InvalidIPAddress.InUse", $"Address {allocationId} is in use.");

    public static Ec2Exception InvalidCidr(string parameter, string cidr) =>
        new("InvalidParameterValue", $"Value ({cidr}) for parameter {parameter} is invalid. This is not a valid CIDR block.");

    public static Ec2Exception InvalidParameterValue(string message) => new("InvalidParameterValue", message);

    public static Ec2Exception MissingParameter(string name) =>
        new("MissingParameter", $"The request must contain the parameter {name}");

    public static Ec2Exception LimitExceeded(string code, string message) => new(code, message);

    public static Ec2Exception IdempotentParameterMismatch(string token) =>
        new("IdempotentParameterMismatch", $"The client token '{token}' has already been used with different parameters.");

    public static Ec2Exception AlreadyAssociated(string message) => new("Resource.AlreadyAssociated", message);

    public static Ec2Exception InvalidAction(string action) =>
        new("InvalidAction", $"The action {action} is not valid for this web service.");

    public static Ec2Exception InvalidFilter(string name) =>
        new("InvalidParameterValue", $"The filter '{name}' is invalid");
}
