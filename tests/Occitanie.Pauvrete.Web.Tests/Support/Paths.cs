namespace Occitanie.Pauvrete.Web.Tests.Support;

internal static class Paths
{
    /// <summary>The repository root, found from the test binaries.</summary>
    public static string Repository { get; } = FindRepository();

    public static string Content => Path.Combine(Repository, "content");

    /// <summary>This test project's folder: its run settings, the pinned HTML checker.</summary>
    public static string TestProject => Path.Combine(Repository, "tests", "Occitanie.Pauvrete.Web.Tests");

    private static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Occitanie.Pauvrete.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Occitanie.Pauvrete.sln not found above the test binaries.");
    }
}
