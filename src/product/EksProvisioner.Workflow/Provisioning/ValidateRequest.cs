using EksProvisioner.Aws.Ec2;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// Stage ValidateRequest: validates and defaults the request with Core's single entry point (the only
/// stage that does) and fixes the environment's identity. The creation time is the execution's start
/// time, so a retry of this stage (or of any later one) derives the same tags, expiry and idempotency tokens.
/// Every resource gets the execution's name as its <c>eksprov:provisioning</c> tag (what a rollback
/// deletes by), and the provisioning part gets its deadline (<see cref="ExecutionBudget"/>).
/// </summary>
/// <param name="stackRegion">Where this function's clients work; null (tests) accepts any region.</param>
/// <param name="eks">With <paramref name="ec2"/>, refuses an environment that already exists; null (tests) checks nothing.</param>
/// <param name="names">The stack's names; null means the default prefix in the request's region.</param>
/// <param name="guardrails">The stack's ceilings on requests; <see cref="Guardrails.Default"/> when null.</param>
public sealed class ValidateRequest(
    TimeProvider timeProvider,
    string? stackRegion = null,
    IEksClient? eks = null,
    IEc2Client? ec2 = null,
    NameScope? names = null,
    Guardrails? guardrails = null)
{
    /// <exception cref="EnvironmentRequestInvalidException">With every problem; nothing has been created.</exception>
    /// <exception cref="EnvironmentAlreadyExistsException">The environment is there already; nothing has been created.</exception>
    public async Task<ValidatedRequest> RunAsync(ValidateRequestInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        // The one validation of the request: the document is validated as the execution received it, and
        // every later stage reads the defaulted request this stage writes without validating it again.
        var limits = guardrails ?? Guardrails.Default;
        var request = stackRegion is null ? EnvironmentRequests.Parse(input.Request, limits) : EnvironmentRequests.Parse(input.Request, stackRegion, limits);
        var createdAt = TruncateToSeconds((input.StartTime ?? timeProvider.GetUtcNow()).ToUniversalTime());
        var environment = new EnvironmentInfo(
            request.Name,
            request.Region,
            createdAt,
            OwnershipTags.ExpiresAt(request, createdAt),
            OwnershipTags.For(request, createdAt, input.ExecutionName),
            createdAt.AddSeconds(ExecutionBudget.ProvisioningSeconds));
        if (eks is not null && ec2 is not null
            && await ExistingEnvironment.DescribeAsync(eks, ec2, (names ?? NameScope.Default(request.Region)).For(request.Name), cancellationToken) is { } existing)
        {
            throw new EnvironmentAlreadyExistsException(
                $"environment {request.Name} already exists: {existing}; tear it down first (eksprov down {request.Name}) or choose another name");
        }

        return new ValidatedRequest(request, environment);
    }

    // Tags carry whole seconds; keeping createdAt at whole seconds makes tags and expiry agree.
    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
