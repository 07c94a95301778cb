using EksProvisioner.Core.Time;

namespace EksProvisioner.AwsSimulator.Faults;

/// <summary>
/// Applies <see cref="FaultRules"/> to calls before they reach a service. Each rule keeps its own
/// count of matching calls and its own seeded randomizer, so a rule set replays identically.
/// Not thread-safe: the router calls it under the account lock.
/// </summary>
internal sealed class FaultInjector
{
    private FaultRules _rules = FaultRules.None;
    private int[] _counts = [];
    private Randomizer[] _randoms = [];

    public FaultRules Rules => _rules;

    public void Set(FaultRules rules)
    {
        _rules = rules;
        _counts = new int[rules.Rules.Count];
        _randoms = rules.Rules.Select(r => Randomizers.Seeded(r.Seed)).ToArray();
    }

    public FaultDecision Decide(string service, string operation)
    {
        var latency = TimeSpan.Zero;
        FaultError? failUpdate = null;
        for (var i = 0; i < _rules.Rules.Count; i++)
        {
            var rule = _rules.Rules[i];
            if (!rule.Matches(service, operation))
            {
                continue;
            }

            _counts[i]++;
        }

        for (var i = 0; i < _rules.Rules.Count; i++)
        {
            // Counted above for every matching rule, so "the Nth matching call" holds even after an earlier rule answered.
            var rule = _rules.Rules[i];
            if (!rule.Matches(service, operation))
            {
                continue;
            }

            if (rule.Call is { } call && _counts[i] != call)
            {
                continue;
            }

            if (rule.Probability is { } p && _randoms[i]() >= p)
            {
                continue;
            }

            if (rule.LatencySeconds is { } seconds)
            {
                latency += TimeSpan.FromSeconds(seconds);
            }

            failUpdate ??= rule.FailUpdate;
            if (rule.Error is not null)
            {
                return new FaultDecision(latency, rule.Error);
            }
        }

        return latency == TimeSpan.Zero && failUpdate is null ? FaultDecision.None : new FaultDecision(latency, null, failUpdate);
    }
}
