namespace EksProvisioner.Cli;

/// <summary>eksprov exit codes.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The workflow ran and failed (provisioning rolled back, or teardown left something), an AWS call failed after retries, or the state directory is in use.</summary>
    public const int Failed = 1;

    /// <summary>The input was wrong: usage error, unreadable file, invalid request.</summary>
    public const int Invalid = 2;

    /// <summary>Provisioning failed and its rollback left resources behind (listed): run <c>eksprov down NAME</c>.</summary>
    public const int RollbackIncomplete = 3;

    /// <summary>Ctrl+C while waiting for an execution in AWS: the waiting stopped, the execution did not.</summary>
    public const int Interrupted = 130;
}
