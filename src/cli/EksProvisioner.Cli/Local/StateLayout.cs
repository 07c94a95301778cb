namespace EksProvisioner.Cli.Local;

/// <summary>
/// What a state directory holds, the same for every command (<c>up</c>, <c>down</c>, <c>status</c>, <c>list</c>,
/// <c>history</c>, <c>api --local</c>, <c>simulator</c>): <c>account/</c> the simulated account,
/// <c>environments/NAME/</c> the records and kubeconfigs, <c>.lock</c> the directory's lock and
/// <c>.lock.owner</c> who holds it.
/// </summary>
public sealed record StateLayout(string Root)
{
    private const string OldAccountFile = "account.json";

    public string AccountDirectory => Path.Combine(Root, "account");

    public string EnvironmentsDirectory => Path.Combine(Root, "environments");

    public string LockFile => Path.Combine(Root, ".lock");

    public string OwnerFile => Path.Combine(Root, ".lock.owner");

    /// <summary>
    /// Moves an account that <c>eksprov simulator --state-dir</c> used to keep at the top
    /// (<c>DIR/account.json</c>) into <see cref="AccountDirectory"/>; answers what it did, or null when there
    /// was nothing to move. Call under the directory's lock. Throws <see cref="StateDirectoryException"/>
    /// when the directory holds both an old and a new account, which only the user can choose between.
    /// </summary>
    public string? MigrateOldLayout()
    {
        var old = Path.Combine(Root, OldAccountFile);
        if (!File.Exists(old))
        {
            return null;
        }

        var current = Path.Combine(AccountDirectory, OldAccountFile);
        if (File.Exists(current))
        {
            throw new StateDirectoryException(
                $"{Root} holds two simulated accounts: {old} (the old 'eksprov simulator --state-dir' layout) and {current}. " +
                $"Keep one: delete {old}, or move it over {current}.");
        }

        Directory.CreateDirectory(AccountDirectory);
        File.Move(old, current);
        return $"eksprov: moved {old} to {current} (one layout for every command)";
    }
}
