using EksProvisioner.Aws.Tagging;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Naming;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Triggers.Reaping;

/// <summary>
/// The TTL reaper: finds the region's resources tagged <c>eksprov:expires-at</c> (Resource Groups
/// Tagging API, EC2 and EKS), groups them by <c>eksprov:environment</c>, and starts the teardown of every
/// environment whose earliest expiry is at or before now, under the reap execution name of that expiry
/// (<see cref="ExecutionNames.Reap"/>), so a second or concurrent pass starts nothing new. A bad tag
/// skips its resource, and a failed start its environment; neither stops the pass.
/// </summary>
public sealed class Reaper
{
    private readonly ITaggingClient _tagging;
    private readonly EnvironmentExecutions _executions;
    private readonly string _region;
    private readonly TimeProvider _time;
    private readonly TextWriter _log;

    /// <param name="tagging">The region's Tagging API.</param>
    /// <param name="executions">Starts teardowns on the deployed state machines.</param>
    /// <param name="region">The region searched, and the <c>region</c> of the teardown input.</param>
    /// <param name="timeProvider">What "now" is.</param>
    /// <param name="log">Where warning, start and error lines go (CloudWatch Logs through stderr in Lambda).</param>
    public Reaper(ITaggingClient tagging, EnvironmentExecutions executions, string region, TimeProvider timeProvider, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(tagging);
        ArgumentNullException.ThrowIfNull(executions);
        ArgumentException.ThrowIfNullOrEmpty(region);
        ArgumentNullException.ThrowIfNull(timeProvider);
        (_tagging, _executions, _region, _time, _log) = (tagging, executions, region, timeProvider, log ?? TextWriter.Null);
    }

    /// <summary>One pass. Errors of the Tagging API fail it (nothing was decided yet); the next scheduled pass repeats it.</summary>
    public async Task<ReapReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var scan = await ExpiryScan.RunAsync(_tagging, cancellationToken);
        var skipped = new List<ReapSkip>();
        foreach (var skip in scan.Skipped)
        {
            await SkipAsync(skipped, skip.Subject, skip.Reason);
        }

        var expired = scan.Earliest.Where(e => e.Value <= now).ToList();
        var (started, already, failed) = (new List<ReapedEnvironment>(), new List<ReapedEnvironment>(), new List<ReapSkip>());
        foreach (var (environment, expiresAt) in expired)
        {
            try
            {
                if ((await _executions.FindAsync(environment, cancellationToken))?.Phase == EnvironmentPhase.Provisioning)
                {
                    // Tearing down under a running provisioning would race it; the next pass finds it Ready or failed.
                    await SkipAsync(skipped, environment, "its provisioning is still running; a later pass reaps it");
                    continue;
                }

                var start = await _executions.StartTeardownAsync(environment, _region, ExecutionNames.Reap(environment, expiresAt), cancellationToken);
                (start.IsNew ? started : already).Add(new ReapedEnvironment(environment, expiresAt, start.Name, start.ExecutionArn));
                await _log.WriteLineAsync($"reaper: {(start.IsNew ? "started" : "already started")} teardown {start.Name} of {environment} (expired {OwnershipTags.FormatUtc(expiresAt)})");
            }
            catch (EksProvisionerException error)
            {
                failed.Add(new ReapSkip(environment, $"{error.GetType().Name}: {error.Message}"));
                await _log.WriteLineAsync($"reaper: error: could not start the teardown of {environment}: {error.GetType().Name}: {error.Message}");
            }
        }

        return new ReapReport(now, _region, scan.Resources, [.. scan.Environments], [.. expired.Select(e => e.Key)], started, already, skipped, failed);
    }

    private async Task SkipAsync(List<ReapSkip> skipped, string subject, string reason)
    {
        skipped.Add(new ReapSkip(subject, reason));
        await _log.WriteLineAsync($"reaper: warning: skipped {subject}: {reason}");
    }
}
