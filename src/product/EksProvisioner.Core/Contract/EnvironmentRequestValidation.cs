namespace EksProvisioner.Core.Contract;

/// <summary>The outcome of <see cref="EnvironmentRequests.Validate(string)"/> and its overloads.</summary>
/// <param name="Request">The defaulted request, or null when there are problems.</param>
/// <param name="Problems">Every problem, each as <c>&lt;json path&gt;: &lt;what is wrong and what is allowed&gt;</c>.</param>
public sealed record EnvironmentRequestValidation(EnvironmentRequest? Request, IReadOnlyList<string> Problems)
{
    public bool IsValid => Request is not null;
}
