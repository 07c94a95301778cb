using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;

namespace EksProvisioner.Core.Tests;

public class OwnershipTagsTests
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 3, 4, 22, 30, 15, TimeSpan.FromHours(-5));

    [Fact]
    public void For_TtlOwnerTicket_AddsAllFourThenUserTags()
    {
        var request = EnvironmentRequests.Parse("""
            {"name": "t", "ttlHours": 48, "owner": "alice@example.com", "ticket": {"system": "jira", "key": "OPS-7"}, "tags": {"team": "platform"}}
            """);

        var tags = OwnershipTags.For(request, CreatedAt);

        Assert.Equal(
            [
                new(TagKeys.Environment, "t"), new(TagKeys.Owner, "alice@example.com"), new(TagKeys.Ticket, "jira:OPS-7"),
                new(TagKeys.ExpiresAt, "2026-03-07T03:30:15Z"), new KeyValuePair<string, string>("team", "platform"),
            ],
            tags);
        Assert.Equal(5, OwnershipTags.OwnershipTagCount(request));
    }

    [Fact]
    public void For_NameOnly_HasOnlyTheEnvironmentTag()
    {
        var request = EnvironmentRequests.Parse("""{"name": "n"}""");

        Assert.Equal([new(TagKeys.Environment, "n")], OwnershipTags.For(request, CreatedAt));
        Assert.Null(OwnershipTags.ExpiresAt(request, CreatedAt));
    }

    [Fact]
    public void For_Provisioning_AddsTheProvisioningTag()
    {
        var request = EnvironmentRequests.Parse("""{"name": "n"}""");

        var tags = OwnershipTags.For(request, CreatedAt, "n_up_20260304T223015Z");

        Assert.Equal("n_up_20260304T223015Z", tags[TagKeys.Provisioning]);
        Assert.Equal("n", tags[TagKeys.Environment]);
    }

    [Fact]
    public void ExpiresAt_FollowsTheGivenCreationTime()
    {
        var request = EnvironmentRequests.Parse("""{"name": "n", "ttlHours": 1}""");

        Assert.Equal(CreatedAt.AddHours(1), OwnershipTags.ExpiresAt(request, CreatedAt));
        Assert.Equal(CreatedAt.AddDays(1).AddHours(1), OwnershipTags.ExpiresAt(request, CreatedAt.AddDays(1)));
    }

    [Fact]
    public void UserTags_AtTheLimit_AreAccepted()
    {
        var tags = string.Join(", ", Enumerable.Range(0, 45).Select(i => $"\"k{i}\": \"v\""));

        var request = EnvironmentRequests.Parse("{\"name\": \"n\", \"tags\": {" + tags + "}}");

        Assert.Equal(47, OwnershipTags.For(request, CreatedAt, "dev_up_1").Count);
    }
}
