using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Tests.Support;

public class IdempotencyTokensTests
{
    [Fact]
    public void For_SameInputs_SameToken()
    {
        Assert.Equal(IdempotencyTokens.For("dev", TestWorld.Start, "cluster"), IdempotencyTokens.For("dev", TestWorld.Start, "cluster"));
    }

    [Fact]
    public void For_DifferentEnvironmentTimeOrResource_DifferentTokens()
    {
        var tokens = new[]
        {
            IdempotencyTokens.For("dev", TestWorld.Start, "cluster"),
            IdempotencyTokens.For("prod", TestWorld.Start, "cluster"),
            IdempotencyTokens.For("dev", TestWorld.Start.AddSeconds(1), "cluster"),
            IdempotencyTokens.For("dev", TestWorld.Start, "nodegroup/workers"),
        };

        Assert.Equal(tokens.Length, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tokens, t => Assert.InRange(t.Length, 1, 64));
    }
}
