namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>A copy of the repository's content/ in a temporary folder, for tests that change files.</summary>
internal sealed class ContentFolder : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("portal-content-").FullName;

    public ContentFolder(bool copyRepositoryContent = true)
    {
        Path = System.IO.Path.Combine(_parent, "content");
        Directory.CreateDirectory(Path);
        if (copyRepositoryContent)
        {
            foreach (var file in Directory.EnumerateFiles(Paths.Content, "*", SearchOption.AllDirectories))
            {
                var copy = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(Paths.Content, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
        }
    }

    public string Path { get; }

    public void Write(string relativePath, string text)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text.ReplaceLineEndings("\n"));
    }

    public string Read(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));

    public void Dispose() => Directory.Delete(_parent, recursive: true);
}
