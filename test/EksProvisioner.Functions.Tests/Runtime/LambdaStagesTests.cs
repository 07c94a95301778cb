using EksProvisioner.Functions.Runtime;

namespace EksProvisioner.Functions.Tests.Runtime;

public sealed class LambdaStagesTests
{
    [Fact]
    public void Add_SameNameTwice_Throws()
    {
        var stages = new LambdaStages().Add("echo", () => EchoStage.Handler());

        Assert.Throws<ArgumentException>(() => stages.Add("echo", () => EchoStage.Handler()));
    }

    [Fact]
    public void Names_SeveralStages_AreSorted() =>
        Assert.Equal(
            ["b", "c", "echo"],
            new LambdaStages().Add("echo", () => EchoStage.Handler()).Add("c", () => EchoStage.Handler()).Add("b", () => EchoStage.Handler()).Names);

    [Fact]
    public void TryGet_NameDiffersInCase_IsNotFound() =>
        Assert.False(new LambdaStages().Add("echo", () => EchoStage.Handler()).TryGet("Echo", out _));

    [Fact]
    public void TryGet_RegisteredName_ReturnsFactoryThatIsNotYetCalled()
    {
        var created = 0;
        var stages = new LambdaStages().Add("echo", () =>
        {
            created++;
            return EchoStage.Handler();
        });

        Assert.True(stages.TryGet("echo", out var factory));
        Assert.Equal(0, created);
        Assert.IsType<DelegateHandler>(factory());
    }
}
