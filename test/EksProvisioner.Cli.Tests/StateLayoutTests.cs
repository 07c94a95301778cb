using EksProvisioner.Cli.Local;

namespace EksProvisioner.Cli.Tests;

public sealed class StateLayoutTests
{
    [Fact]
    public void MigrateOldLayout_SimulatorAccountAtTheTop_MovesItIntoTheAccountFolder()
    {
        using var state = new StateDir();
        File.WriteAllText(Path.Combine(state.Path, "account.json"), "{}");
        var layout = new StateLayout(state.Path);

        var said = layout.MigrateOldLayout();

        Assert.NotNull(said);
        Assert.True(File.Exists(Path.Combine(layout.AccountDirectory, "account.json")));
        Assert.False(File.Exists(Path.Combine(state.Path, "account.json")));
    }

    [Fact]
    public void MigrateOldLayout_BothLayouts_RefusesSayingWhatToDo()
    {
        using var state = new StateDir();
        var layout = new StateLayout(state.Path);
        Directory.CreateDirectory(layout.AccountDirectory);
        File.WriteAllText(Path.Combine(state.Path, "account.json"), "{}");
        File.WriteAllText(Path.Combine(layout.AccountDirectory, "account.json"), "{}");

        var refused = Assert.Throws<StateDirectoryException>(layout.MigrateOldLayout);

        Assert.False(refused.InUse);
        Assert.Contains("Keep one: delete", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MigrateOldLayout_CurrentLayout_LeavesItAlone()
    {
        using var state = new StateDir();

        Assert.Null(new StateLayout(state.Path).MigrateOldLayout());
    }
}
