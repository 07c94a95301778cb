namespace EksProvisioner.Cli.Local;

/// <summary>Who holds a state directory's lock, as written to its owner file.</summary>
public sealed record LockHolder(int Pid, string Command, DateTimeOffset Since, bool Server)
{
    public override string ToString() =>
        $"pid {Pid} (eksprov {Command}, since {Since.ToUniversalTime():yyyy-MM-dd HH:mm:ss}Z)";
}
