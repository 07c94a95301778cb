using EksProvisioner.Aws;
using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;

namespace EksProvisioner.Workflow.Support;

/// <summary>
/// One pass of a teardown phase whose deletes AWS may refuse for a while (DependencyViolation,
/// DeleteConflict): a refusal blocks that one resource, never the deletes after it. While something is
/// blocked the phase asks for another pass, up to <see cref="TeardownWaits.DependencyPasses"/>; then it
/// reports done with what is left and why, and VerifyTeardown names it.
/// </summary>
internal sealed class TeardownPass(TeardownInput input, CancellationToken cancellationToken)
{
    private readonly List<string> _deleted = [];
    private readonly List<string> _blocked = [];

    /// <summary>Runs <paramref name="delete"/>; a resource already gone counts as deleted, a refusal as blocked.</summary>
    public async Task DeleteAsync(string type, string id, Func<CancellationToken, Task> delete)
    {
        try
        {
            if (await AwsIdioms.DeleteIfExistsAsync(delete, cancellationToken))
            {
                _deleted.Add(TeardownItems.Describe(type, id));
            }
        }
        catch (DependencyStillPresentException refused)
        {
            _blocked.Add($"{TeardownItems.Describe(type, id)}: {refused.AwsErrorCode ?? nameof(DependencyStillPresentException)}: {refused.Message}");
        }
    }

    /// <summary>Adds deletes done elsewhere in the pass (already described).</summary>
    public void Deleted(IEnumerable<string> items) => _deleted.AddRange(items);

    /// <summary>Done when nothing was refused or the passes are spent; otherwise wait and pass again.</summary>
    public PhaseResult Result()
    {
        var deleted = TeardownItems.Merge(input.Deleted, _deleted);
        var pass = input.Pass + 1;
        return _blocked.Count == 0 || pass >= TeardownWaits.DependencyPasses
            ? new PhaseResult(true, 0, deleted, _blocked.Count == 0 ? null : [.. _blocked], pass)
            : new PhaseResult(false, TeardownWaits.DependencySeconds, deleted, [.. _blocked], pass);
    }
}
