namespace EksProvisioner.Cli;

/// <summary>eksprov exit codes.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The input was wrong: usage error, unreadable file, invalid request.</summary>
    public const int Invalid = 2;
}
