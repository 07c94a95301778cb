using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class Base64EncodeFunctionTests
{
    [Fact]
    public void Invoke_GuideExample_Encodes() =>
        Assert.Equal("RGF0YSB0byBlbmNvZGU=", Run("States.Base64Encode($.input)", """{"input":"Data to encode"}""")?.GetValue<string>());

    [Fact]
    public void Invoke_NonAscii_EncodesUtf8() =>
        Assert.Equal("w6k=", Run("States.Base64Encode('é')")?.GetValue<string>());

    [Fact]
    public void Invoke_TenThousandCharacters_IsAllowed() =>
        Assert.NotNull(Run("States.Base64Encode($.s)", $$"""{"s":"{{new string('a', 10_000)}}"}"""));

    [Fact]
    public void Invoke_MoreThanTenThousandCharacters_Fails() =>
        Assert.Contains("10001 characters", Fails("States.Base64Encode($.s)", $$"""{"s":"{{new string('a', 10_001)}}"}""").Message, StringComparison.Ordinal);
}
