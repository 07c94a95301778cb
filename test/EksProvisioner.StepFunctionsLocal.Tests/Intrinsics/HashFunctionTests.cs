using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class HashFunctionTests
{
    // Digests of "input data" computed independently with Python's hashlib. The guide prints the SHA-1
    // as "aaff4a450a104cd177d28d18d7485e8cae074b7", 39 digits: one '4' of "...d74485e8..." is missing.
    [Theory]
    [InlineData("MD5", "812f45842bc6d66ee14572ce20db8e86")]
    [InlineData("SHA-1", "aaff4a450a104cd177d28d18d74485e8cae074b7")]
    [InlineData("SHA-256", "b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3")]
    [InlineData("SHA-384", "d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562")]
    [InlineData("SHA-512", "6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4")]
    public void Invoke_GuideInput_HashesWithEachAlgorithm(string algorithm, string expected) =>
        Assert.Equal(
            expected,
            Run("States.Hash($.Data, $.Algorithm)", $$"""{"Data":"input data","Algorithm":"{{algorithm}}"}""")?.GetValue<string>());

    [Fact]
    public void Invoke_UnknownAlgorithmFromPath_Fails() =>
        Assert.Contains("unknown algorithm 'sha-256'", Fails("States.Hash('x', $.a)", """{"a":"sha-256"}""").Message, StringComparison.Ordinal);

    [Fact]
    public void Invoke_DataNotString_Fails() =>
        Assert.Contains("argument 1 must be a string", Fails("States.Hash($.d, 'MD5')", """{"d":{"a":1}}""").Message, StringComparison.Ordinal);

    [Fact]
    public void Invoke_MoreThanTenThousandCharacters_Fails() =>
        Assert.Contains("10001 characters", Fails("States.Hash($.s, 'MD5')", $$"""{"s":"{{new string('a', 10_001)}}"}""").Message, StringComparison.Ordinal);
}
