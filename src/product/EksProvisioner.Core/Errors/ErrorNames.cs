namespace EksProvisioner.Core.Errors;

/// <summary>
/// The ASL error names this product raises, as constants, so that state machine tests and
/// generators refer to them without string typos. Each equals a concrete exception's short name.
/// </summary>
public static class ErrorNames
{
    public const string AwsThrottled = nameof(AwsThrottledException);
    public const string AwsServiceUnavailable = nameof(AwsServiceUnavailableException);
    public const string IamRoleNotReady = nameof(IamRoleNotReadyException);
    public const string ResourceNotReady = nameof(ResourceNotReadyException);
    public const string DependencyStillPresent = nameof(DependencyStillPresentException);
    public const string QuotaExceeded = nameof(QuotaExceededException);
    public const string ResourceOwnershipConflict = nameof(ResourceOwnershipConflictException);
    public const string ResourceFailed = nameof(ResourceFailedException);
    public const string WaitBudgetExhausted = nameof(WaitBudgetExhaustedException);
    public const string TeardownIncomplete = nameof(TeardownIncompleteException);
    public const string AwsAccessDenied = nameof(AwsAccessDeniedException);
    public const string AwsRequestFailed = nameof(AwsRequestFailedException);
    public const string EnvironmentRequestInvalid = nameof(EnvironmentRequestInvalidException);
    public const string AwsResourceNotFound = nameof(AwsResourceNotFoundException);
    public const string AwsResourceAlreadyExists = nameof(AwsResourceAlreadyExistsException);

    /// <summary>The names worth retrying in ASL Retry blocks.</summary>
    public static IReadOnlyList<string> Transient { get; } =
        [AwsThrottled, AwsServiceUnavailable, IamRoleNotReady, ResourceNotReady, DependencyStillPresent];

    /// <summary>Every name, for the test that checks each ErrorEquals in statemachine/.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        AwsThrottled, AwsServiceUnavailable, IamRoleNotReady, ResourceNotReady, DependencyStillPresent,
        QuotaExceeded, ResourceOwnershipConflict, ResourceFailed, WaitBudgetExhausted, TeardownIncomplete,
        AwsAccessDenied, AwsRequestFailed, EnvironmentRequestInvalid, AwsResourceNotFound, AwsResourceAlreadyExists,
    ];
}
