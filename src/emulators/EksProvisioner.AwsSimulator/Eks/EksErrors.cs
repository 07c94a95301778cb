using EksProvisioner.AwsSimulator.Wire;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>EKS's error table: code -> HTTP status, with AWS's message wording.</summary>
internal static class EksErrors
{
    public static ServiceError NotFound(string message) => new("ResourceNotFoundException", 404, message);

    public static ServiceError InUse(string message) => new("ResourceInUseException", 409, message);

    public static ServiceError Limit(string message) => new("ResourceLimitExceededException", 400, message);

    public static ServiceError InvalidParameter(string message) => new("InvalidParameterException", 400, message);

    public static ServiceError InvalidRequest(string message) => new("InvalidRequestException", 400, message);

    public static ServiceError BadRequest(string message) => new("BadRequestException", 400, message);

    public static ServiceError TagTargetNotFound(string message) => new("NotFoundException", 404, message);

    public static ServiceError ClusterNotFound(string name) => NotFound($"No cluster found for name: {name}.");

    public static ServiceError RoleNotAssumable(string roleArn) =>
        InvalidParameter($"Role with arn: {roleArn} could not be assumed because it does not exist or the trusted entity is not correct");
}
