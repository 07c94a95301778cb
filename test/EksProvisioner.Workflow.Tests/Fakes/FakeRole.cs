using EksProvisioner.Aws.Iam;

namespace EksProvisioner.Workflow.Tests.Fakes;

/// <summary>One role held by <see cref="FakeIam"/>.</summary>
internal sealed class FakeRole(string name, string arn, string trust)
{
    public string Name { get; } = name;

    public string Arn { get; } = arn;

    public string Trust { get; } = trust;

    public Dictionary<string, string> Tags { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The boundary CreateRole attached; null for none.</summary>
    public string? PermissionsBoundary { get; init; }

    public HashSet<string> Attached { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Inline { get; } = new(StringComparer.Ordinal);

    public Role ToRole() => new()
    {
        RoleName = Name,
        Arn = Arn,
        AssumeRolePolicyDocument = Trust,
        Tags = [.. Tags.Select(t => new Tag { Key = t.Key, Value = t.Value })],
    };
}
