namespace EksProvisioner.Core.Errors;

/// <summary>
/// The environment request broke the contract. Every problem is listed, each as
/// <c>&lt;json path&gt;: &lt;what is wrong and what is allowed&gt;</c>. Never retried.
/// </summary>
public sealed class EnvironmentRequestInvalidException : EksProvisionerException
{
    public EnvironmentRequestInvalidException(IReadOnlyList<string> problems)
        : base(problems.Count == 1 ? problems[0] : $"{problems.Count} problems: " + string.Join("; ", problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, one per entry.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
