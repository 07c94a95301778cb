using Amazon.EC2.Model;
using EksProvisioner.Aws.Ec2;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;

namespace EksProvisioner.Workflow.Support;

/// <summary>
/// What a teardown may delete: everything carrying the environment's tag, or, when it is a rollback,
/// only what also carries its provisioning's tag. A resource a provisioning found already there (another
/// provisioning's, adopted by an idempotent create) keeps the other tag, so no rollback ever deletes it.
/// </summary>
internal sealed record TeardownScope(string Environment, string? Provisioning)
{
    public static TeardownScope Of(TeardownInput input) => new(input.EnvironmentName, NullIfEmpty(input.Provisioning));

    public static TeardownScope Of(VerifyTeardownInput input) => new(input.EnvironmentName, NullIfEmpty(input.Provisioning));

    /// <summary>The whole environment, as a person's or the reaper's teardown sees it.</summary>
    public static TeardownScope Whole(string environment) => new(environment, null);

    /// <summary>EC2 filters that find exactly the resources in scope.</summary>
    public List<Filter> Ec2Filters() => Ec2Tags.Owned(Environment, null, Provisioning);

    /// <summary>True when a resource with <paramref name="tags"/> is in scope.</summary>
    public bool Includes(IReadOnlyDictionary<string, string>? tags) =>
        RoleMaker.IsOwned(tags, Environment)
        && (Provisioning is null || (tags!.TryGetValue(TagKeys.Provisioning, out var created) && created == Provisioning));

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
