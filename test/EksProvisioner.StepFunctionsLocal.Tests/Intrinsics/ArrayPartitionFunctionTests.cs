using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class ArrayPartitionFunctionTests
{
    private const string GuideInput = """{"inputArray":[1,2,3,4,5,6,7,8,9]}""";

    [Fact]
    public void Invoke_GuideExample_ChunksByFour() =>
        Assert.Equal("[[1,2,3,4],[5,6,7,8],[9]]", RunJson("States.ArrayPartition($.inputArray,4)", GuideInput));

    [Theory]
    [InlineData("1", "[[1],[2],[3],[4],[5],[6],[7],[8],[9]]")]
    [InlineData("9", "[[1,2,3,4,5,6,7,8,9]]")]
    [InlineData("100", "[[1,2,3,4,5,6,7,8,9]]")]
    [InlineData("4.6", "[[1,2,3,4,5],[6,7,8,9]]")]
    public void Invoke_ChunkSizes_Partition(string size, string expected) =>
        Assert.Equal(expected, RunJson($"States.ArrayPartition($.inputArray, {size})", GuideInput));

    [Fact]
    public void Invoke_EmptyArray_ReturnsNoChunks() =>
        Assert.Equal("[]", RunJson("States.ArrayPartition($.a, 2)", """{"a":[]}"""));

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("0.4")]
    public void Invoke_NonPositiveChunkSize_Fails(string size) =>
        Assert.Contains("positive integer", Fails($"States.ArrayPartition($.inputArray, {size})", GuideInput).Message, StringComparison.Ordinal);

    [Fact]
    public void Invoke_NotAnArray_Fails() =>
        Assert.Contains("must be an array, got a string", Fails("States.ArrayPartition($.s, 2)", """{"s":"abc"}""").Message, StringComparison.Ordinal);
}
