using System.Text.RegularExpressions;
using EksProvisioner.Core.Time;
using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class UuidFunctionTests
{
    [Fact]
    public void Invoke_AnyRandomizer_ReturnsVersion4Uuid()
    {
        var uuid = Run("States.UUID()", random: Randomizers.Seeded(3))?.GetValue<string>();

        Assert.Matches(new Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"), uuid);
        Assert.True(Guid.TryParse(uuid, out _));
    }

    [Fact]
    public void Invoke_SameSeed_GivesSameUuid() =>
        Assert.Equal(
            Run("States.UUID()", random: Randomizers.Seeded(11))?.GetValue<string>(),
            Run("States.UUID()", random: Randomizers.Seeded(11))?.GetValue<string>());

    [Fact]
    public void Invoke_DifferentSeeds_GiveDifferentUuids() =>
        Assert.NotEqual(
            Run("States.UUID()", random: Randomizers.Seeded(11))?.GetValue<string>(),
            Run("States.UUID()", random: Randomizers.Seeded(12))?.GetValue<string>());

    [Fact]
    public void Invoke_ZeroDraws_SetOnlyVersionAndVariantBits() =>
        Assert.Equal("00000000-0000-4000-8000-000000000000", Run("States.UUID()", random: Randomizers.Fixed(0))?.GetValue<string>());
}
