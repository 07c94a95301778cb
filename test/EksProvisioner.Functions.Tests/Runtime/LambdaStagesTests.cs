using EksProvisioner.Functions.Runtime;

namespace EksProvisioner.Functions.Tests.Runtime;

public sealed class LambdaStagesTests
{
    [Fact]
    public void Add_SameNameTwice_Throws()
    {
        var stages = new LambdaStages().Add("echo", () => new EchoHandler());

        Assert.Throws<ArgumentException>(() => stages.Add("echo", () => new EchoHandler()));
    }

    [Fact]
    public void Names_SeveralStages_AreSorted() =>
        Assert.Equal(
            ["b", "c", "echo"],
            new LambdaStages().Add("echo", () => new EchoHandler()).Add("c", () => new EchoHandler()).Add("b", () => new EchoHandler()).Names);

    [Fact]
    public void TryGet_NameDiffersInCase_IsNotFound() =>
        Assert.False(new LambdaStages().Add("echo", () => new EchoHandler()).TryGet("Echo", out _));

    [Fact]
    public void TryGet_RegisteredName_ReturnsFactoryThatIsNotYetCalled()
    {
        var created = 0;
        var stages = new LambdaStages().Add("echo", () =>
        {
            created++;
            return new EchoHandler();
        });

        Assert.True(stages.TryGet("echo", out var factory));
        Assert.Equal(0, created);
        Assert.IsType<EchoHandler>(factory());
    }
}
