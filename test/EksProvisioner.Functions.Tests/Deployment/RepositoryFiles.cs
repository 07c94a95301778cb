namespace EksProvisioner.Functions.Tests.Deployment;

/// <summary>Files at the repository root, found by walking up from the test binaries to EksProvisioner.slnx.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EksProvisioner.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("EksProvisioner.slnx not found above " + AppContext.BaseDirectory);
    }
}
