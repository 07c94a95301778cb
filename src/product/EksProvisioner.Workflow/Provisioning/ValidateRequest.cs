using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;

namespace EksProvisioner.Workflow.Provisioning;

/// <summary>
/// Stage ValidateRequest: validates and defaults the request with Core's single entry point (the only
/// stage that does) and fixes the environment's identity. The creation time is the execution's start
/// time, so a retry of this stage (or of any later one) derives the same tags, expiry and idempotency tokens.
/// </summary>
/// <param name="stackRegion">Where this function's clients work; null (tests) accepts any region.</param>
/// <param name="guardrails">The stack's ceilings on requests; <see cref="Guardrails.Default"/> when null.</param>
public sealed class ValidateRequest(TimeProvider timeProvider, string? stackRegion = null, Guardrails? guardrails = null)
{
    /// <exception cref="Core.Errors.EnvironmentRequestInvalidException">With every problem; nothing has been created.</exception>
    public Task<ValidatedRequest> RunAsync(ValidateRequestInput input, CancellationToken cancellationToken = default)
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
            OwnershipTags.For(request, createdAt));
        return Task.FromResult(new ValidatedRequest(request, environment));
    }

    // Tags carry whole seconds; keeping createdAt at whole seconds makes tags and expiry agree.
    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
