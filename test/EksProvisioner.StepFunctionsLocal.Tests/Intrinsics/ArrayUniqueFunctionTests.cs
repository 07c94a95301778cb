using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class ArrayUniqueFunctionTests
{
    [Fact]
    public void Invoke_GuideExample_RemovesDuplicates() =>
        Assert.Equal("[1,2,3,4]", RunJson("States.ArrayUnique($.inputArray)", """{"inputArray":[1,2,3,3,3,3,3,3,4]}"""));

    [Fact]
    public void Invoke_UnsortedMixedValues_KeepsFirstOccurrences() =>
        Assert.Equal(
            Normalized("""[3,"3",{"a":1},1,null]"""),
            RunJson("States.ArrayUnique($.a)", """{"a":[3,"3",{"a":1},3,1,{"a":1},null,null]}"""));
}
