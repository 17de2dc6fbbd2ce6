namespace Passerelle.Web.Tests.Infrastructure;

/// <summary>The repository's sources, for tests that read the code itself (translations, the case-scope guard).</summary>
public static class RepositorySources
{
    private static readonly Lazy<string> RootPath = new(Find);

    /// <summary>The folder holding <c>Passerelle.slnx</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path relative to the root, with forward slashes.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Passerelle.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Passerelle.slnx above {AppContext.BaseDirectory}: the test needs the sources.");
    }
}
