using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class Base64DecodeFunctionTests
{
    // The guide prints "Decoded data" as the result of decoding its encode example's output; the
    // bytes of "RGF0YSB0byBlbmNvZGU=" are "Data to encode", which is what any Base64 decoder returns.
    [Fact]
    public void Invoke_GuideInput_DecodesToOriginalText() =>
        Assert.Equal("Data to encode", Run("States.Base64Decode($.base64)", """{"base64":"RGF0YSB0byBlbmNvZGU="}""")?.GetValue<string>());

    [Fact]
    public void Invoke_RoundTrip_GivesTheTextBack() =>
        Assert.Equal("héllo {}", Run("States.Base64Decode(States.Base64Encode('héllo \\{\\}'))")?.GetValue<string>());

    [Fact]
    public void Invoke_NotBase64_Fails() =>
        Assert.Contains("not valid Base64", Fails("States.Base64Decode('***')").Message, StringComparison.Ordinal);

    [Fact]
    public void Invoke_BytesThatAreNotUtf8_Fails() =>
        Assert.Contains("not UTF-8", Fails("States.Base64Decode('/w==')").Message, StringComparison.Ordinal);

    [Fact]
    public void Invoke_MoreThanTenThousandCharacters_Fails() =>
        Assert.Contains("at most 10000", Fails("States.Base64Decode($.s)", $$"""{"s":"{{new string('A', 10_004)}}"}""").Message, StringComparison.Ordinal);
}
