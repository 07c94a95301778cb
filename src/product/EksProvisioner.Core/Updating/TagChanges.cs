using EksProvisioner.Core.Contract;

namespace EksProvisioner.Core.Updating;

/// <summary>TTL (eksprov:expires-at), owner, ticket and free tags: tag changes on every resource.</summary>
internal static class TagChanges
{
    public static void Compare(EnvironmentRequest old, EnvironmentRequest wanted, List<PlannedChange> changes)
    {
        if (old.TtlHours != wanted.TtlHours)
        {
            var what = wanted.TtlHours is { } hours ? $"expires {hours} h after the update (eksprov:expires-at)" : "no expiry (eksprov:expires-at removed)";
            changes.Add(new(ChangeKind.InPlace, "tags", what, UpdateDurations.Tag));
        }

        if (old.Owner != wanted.Owner || old.Ticket?.TagValue != wanted.Ticket?.TagValue || !SameLabels.Of(old.Tags, wanted.Tags))
        {
            changes.Add(new(ChangeKind.InPlace, "tags", "owner, ticket or tags", UpdateDurations.Tag));
        }
    }
}
