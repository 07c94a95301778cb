using Amazon.Runtime;
using EksProvisioner.Core.Errors;

namespace EksProvisioner.Aws.Errors;

/// <summary>
/// The one error contract: every AWS error becomes a typed exception from the Core taxonomy, with
/// AwsErrorCode, HttpStatusCode, RequestId, Service and Operation set. Rules apply in this order:
/// throttling; 5xx and server-side faults; EKS role-propagation messages; *LimitExceeded*; dependency
/// conflicts; access denied; not found; already exists; anything else is AwsRequestFailedException.
/// </summary>
public static class AwsErrorMapper
{
    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestLimitExceeded",
        "TooManyRequestsException", "RequestThrottled", "RequestThrottledException", "SlowDown",
    };

    // ConcurrentModification is IAM's "try again" answer (409); it is retried like a server fault.
    private static readonly HashSet<string> ServerCodes = new(StringComparer.Ordinal)
    {
        "ServerException", "ServiceUnavailableException", "ServiceUnavailable", "ServiceFailure",
        "InternalFailure", "InternalError", "InternalServerError", "InternalServiceError", "Unavailable",
        "ConcurrentModification", "ConcurrentModificationException",
    };

    private static readonly HashSet<string> AccessCodes = new(StringComparer.Ordinal)
    {
        "UnauthorizedOperation", "AuthFailure", "UnrecognizedClientException", "InvalidClientTokenId",
    };

    private static readonly HashSet<string> NotFoundCodes = new(StringComparer.Ordinal)
    {
        "ResourceNotFoundException", "NotFoundException", "NoSuchEntity",
    };

    private static readonly HashSet<string> AlreadyExistsCodes = new(StringComparer.Ordinal)
    {
        "EntityAlreadyExists", "ResourceAlreadyExistsException",
    };

    // Messages EKS gives while a new IAM role has not propagated yet (Terraform retries the same ones).
    private static readonly string[] RolePropagationHints =
    [
        "assume", "does not exist", "doesn't exist", "trusted entit", "managed polic", "error in role params",
        "policy must include",
    ];

    /// <summary>The exception for <paramref name="error"/>, chaining <paramref name="inner"/>.</summary>
    public static EksProvisionerException Map(AwsErrorDetails error, Exception? inner = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var code = error.Code ?? string.Empty;
        var message = $"{error.Service}:{error.Operation} failed: {(code.Length == 0 ? "HTTP " + error.HttpStatusCode : code)}: {error.Message}";
        var (c, h, r, s, o) = (error.Code, error.HttpStatusCode, error.RequestId, error.Service, error.Operation);
        return Classify(error) switch
        {
            AwsErrorKind.Throttled => new AwsThrottledException(message, inner) { AwsErrorCode = c, HttpStatusCode = h, RequestId = r, Service = s, Operation = o },
            AwsErrorKind.ServiceUnavailable => new AwsServiceUnavailableException(message, inner) { AwsErrorCode = c, HttpStatusCode = h, RequestId = r, Service = s, Operation = o },
            AwsErrorKind.IamRoleNotReady => new IamRoleNotReadyException(message, inner) { AwsErrorCode = c, HttpStatusCode = h, RequestId = r, Service = s, Operation = o },
            AwsErrorKind.QuotaExceeded => new QuotaExceededException(message, inner) { AwsErrorCode = c, HttpStatusCode = h, RequestId = r, Service = s, Operation = o },
            AwsErrorKind.DependencyStillPresent => new DependencyStillPresentException(message, inner) { AwsErrorCode = c, HttpStatusCode = h, RequestId = r, Service = s, Operation = o },
            AwsErrorKind.AccessDenied => new AwsAccessDeniedException(message, inner) { AwsErrorCode = c, HttpStatusCode = h, RequestId = r, Service = s, Operation = o },
            AwsErrorKind.NotFound => new AwsResourceNotFoundException(message, inner) { AwsErrorCode = c, HttpStatusCode = h, RequestId = r, Service = s, Operation = o },
            AwsErrorKind.AlreadyExists => new AwsResourceAlreadyExistsException(message, inner) { AwsErrorCode = c, HttpStatusCode = h, RequestId = r, Service = s, Operation = o },
            _ => new AwsRequestFailedException(message, inner) { AwsErrorCode = c, HttpStatusCode = h, RequestId = r, Service = s, Operation = o },
        };
    }

    /// <summary>
    /// Maps an exception from any AWSSDK client (ErrorCode, StatusCode, RequestId) the same way, for SDK
    /// clients not made by <see cref="AwsClientFactory"/>.
    /// </summary>
    public static EksProvisionerException FromSdk(AmazonServiceException error, string service, string operation)
    {
        ArgumentNullException.ThrowIfNull(error);
        var status = error.StatusCode == 0 ? (int?)null : (int)error.StatusCode;
        return Map(new AwsErrorDetails(service, operation, error.ErrorCode, error.Message, status, error.RequestId), error);
    }

    /// <summary>Which taxonomy bucket <paramref name="error"/> falls in.</summary>
    public static AwsErrorKind Classify(AwsErrorDetails error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var code = error.Code ?? string.Empty;
        if (ThrottlingCodes.Contains(code) || error.HttpStatusCode == 429)
        {
            return AwsErrorKind.Throttled;
        }

        if (ServerCodes.Contains(code) || error.HttpStatusCode is >= 500 || error.HttpStatusCode is null && code.Length == 0)
        {
            return AwsErrorKind.ServiceUnavailable;
        }

        if (code == "InvalidParameterException" && error.Service == "eks" && IsRolePropagation(error.Message))
        {
            return AwsErrorKind.IamRoleNotReady;
        }

        if (code.Contains("LimitExceeded", StringComparison.OrdinalIgnoreCase))
        {
            return AwsErrorKind.QuotaExceeded;
        }

        // ELBv2 says ResourceInUse (no suffix) for a target group a listener still uses.
        if (code is "DependencyViolation" or "DeleteConflict" or "ResourceInUse"
            || code == "ResourceInUseException" && !error.Operation.StartsWith("Create", StringComparison.Ordinal))
        {
            return AwsErrorKind.DependencyStillPresent;
        }

        if (code.StartsWith("AccessDenied", StringComparison.Ordinal) || AccessCodes.Contains(code))
        {
            return AwsErrorKind.AccessDenied;
        }

        if (NotFoundCodes.Contains(code) || code.EndsWith("NotFound", StringComparison.Ordinal)
            || code.EndsWith("DoesNotExist", StringComparison.Ordinal))
        {
            return AwsErrorKind.NotFound;
        }

        if (AlreadyExistsCodes.Contains(code) || code == "ResourceInUseException"
            || code.EndsWith("AlreadyExists", StringComparison.Ordinal) || code.EndsWith(".Duplicate", StringComparison.Ordinal))
        {
            return AwsErrorKind.AlreadyExists;
        }

        return AwsErrorKind.RequestFailed;
    }

    private static bool IsRolePropagation(string? message) =>
        message is not null
        && message.Contains("role", StringComparison.OrdinalIgnoreCase)
        && RolePropagationHints.Any(hint => message.Contains(hint, StringComparison.OrdinalIgnoreCase));
}
