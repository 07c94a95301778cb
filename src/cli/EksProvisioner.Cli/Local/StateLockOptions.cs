namespace EksProvisioner.Cli.Local;

/// <summary>How a command takes its state directory's lock (<see cref="StateDirectoryLock"/>).</summary>
public sealed record StateLockOptions
{
    /// <summary>The command named to whoever finds the directory taken.</summary>
    public string Command { get; init; } = "eksprov";

    /// <summary>True for commands that hold the directory until stopped (api, simulator): nobody waits for them.</summary>
    public bool Server { get; init; }

    /// <summary>How long to wait for a short command (up, down, status) that holds the directory.</summary>
    public TimeSpan Wait { get; init; }

    /// <summary>The wall clock waits and "since" are read from (the CLI's, not the account's virtual clock).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Where "waiting for ..." is said once.</summary>
    public TextWriter Notices { get; init; } = TextWriter.Null;
}
