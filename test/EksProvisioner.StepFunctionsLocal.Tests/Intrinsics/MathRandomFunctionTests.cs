using EksProvisioner.Core.Time;
using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class MathRandomFunctionTests
{
    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(0.5, 500)]
    [InlineData(0.999999, 998)]
    public void Invoke_GuideRange_DrawsFromInjectedRandomizer(double draw, long expected) =>
        Assert.Equal(expected, Run("States.MathRandom($.start, $.end)", """{"start":1,"end":999}""", Randomizers.Fixed(draw))?.GetValue<long>());

    [Fact]
    public void Invoke_EndIsExclusive_EvenForTheHighestDraw() =>
        Assert.Equal(4, Run("States.MathRandom(4, 5)", random: Randomizers.Fixed(0.9999999999999999))?.GetValue<long>());

    [Fact]
    public void Invoke_SameSeed_GivesSameNumberWhateverTheRandomizer()
    {
        var first = Run("States.MathRandom(0, 1000000, 7)", random: Randomizers.Fixed(0.1))?.GetValue<long>();
        var second = Run("States.MathRandom(0, 1000000, 7)", random: Randomizers.Fixed(0.9))?.GetValue<long>();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Invoke_DifferentSeeds_GiveDifferentNumbers()
    {
        var results = Enumerable.Range(1, 20)
            .Select(seed => Run($"States.MathRandom(0, 1000000, {seed})")?.GetValue<long>())
            .Distinct()
            .Count();

        Assert.True(results > 15, $"only {results} distinct values from 20 seeds");
    }

    [Fact]
    public void Invoke_FractionalBounds_AreRounded() =>
        Assert.Equal(2, Run("States.MathRandom(1.5, 2.6)", random: Randomizers.Fixed(0.0))?.GetValue<long>());

    [Theory]
    [InlineData("5, 5")]
    [InlineData("6, 5")]
    public void Invoke_EndNotAboveStart_Fails(string arguments) =>
        Assert.Contains("must be greater than the start", Fails($"States.MathRandom({arguments})").Message, StringComparison.Ordinal);
}
