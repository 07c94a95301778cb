namespace EksProvisioner.Cli.Local;

/// <summary>
/// The state directory cannot be used: another process holds it (<see cref="InUse"/>, exit 1), or it is in
/// a state only the user can resolve (exit 2). The message names the directory and what to do.
/// </summary>
public sealed class StateDirectoryException : IOException
{
    public StateDirectoryException()
    {
    }

    public StateDirectoryException(string message)
        : base(message)
    {
    }

    public StateDirectoryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when another process holds the directory (try again later), false when the directory itself is wrong.</summary>
    public bool InUse { get; init; }
}
