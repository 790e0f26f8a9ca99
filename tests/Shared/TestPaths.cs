namespace AbiTool.Tests;

/// <summary>Where tests find the repository and the shared real-world data (../shared beside the checkout).</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>../shared next to the repository, or null on a clone without it.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Join(RepoRoot, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>A real kernel ABI tree (linux-6.1 or linux-6.12), or a skip with a message saying what is missing.</summary>
    public static string Corpus(string version)
    {
        var dir = Shared is null ? null : Path.Join(Shared, "corpus", version, "ABI");
        Skip.If(dir is null || !Directory.Exists(dir),
            $"../shared/corpus/{version}/ABI is not beside this checkout; the real-tree tests need it (CI provides it)");
        return dir!;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "AbiTool.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("AbiTool.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A scratch directory for one test, removed afterwards.</summary>
public sealed class TempTree : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("abitool-test-").FullName;

    /// <summary>Writes a file (creating folders) and returns its full path.</summary>
    public string Write(string relative, string text)
    {
        var path = Path.Join(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Join(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
