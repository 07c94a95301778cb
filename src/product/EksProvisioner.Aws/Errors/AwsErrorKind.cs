namespace EksProvisioner.Aws.Errors;

/// <summary>The buckets of <see cref="AwsErrorMapper"/>, one per taxonomy exception.</summary>
public enum AwsErrorKind
{
    Throttled,
    ServiceUnavailable,
    IamRoleNotReady,
    QuotaExceeded,
    DependencyStillPresent,
    AccessDenied,
    NotFound,
    AlreadyExists,
    RequestFailed,
}
