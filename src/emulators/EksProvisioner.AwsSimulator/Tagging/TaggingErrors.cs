using EksProvisioner.AwsSimulator.Wire;

namespace EksProvisioner.AwsSimulator.Tagging;

/// <summary>The Resource Groups Tagging API's error table: code -> HTTP status, with AWS's message wording.</summary>
internal static class TaggingErrors
{
    public static ServiceError InvalidParameter(string message) => new("InvalidParameterException", 400, message);

    public static ServiceError PaginationTokenExpired(string message) => new("PaginationTokenExpiredException", 400, message);

    public static ServiceError UnknownOperation(string target) => new("UnknownOperationException", 400, $"Unknown operation {target}");

    public static ServiceError Serialization(string message) => new("SerializationException", 400, message);
}
