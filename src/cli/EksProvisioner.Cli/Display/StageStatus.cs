namespace EksProvisioner.Cli.Display;

/// <summary>Where a stage of the progress display is.</summary>
internal enum StageStatus
{
    Running,
    Done,
    Failed,
}
