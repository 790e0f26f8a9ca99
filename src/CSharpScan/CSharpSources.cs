using System.Text.RegularExpressions;
using AbiTool.Sources;

namespace AbiTool.CSharp;

/// <summary>
/// The C# files a path stands for: a .cs file; a folder's .cs files; a .csproj's folder (as SDK projects glob it);
/// a .sln's or .slnx's projects. bin/ and obj/ are left out. Nothing is built or restored.
/// </summary>
public static partial class CSharpSources
{
    /// <summary>The folder paths are shown relative to, and the files (full paths), in ordinal order.</summary>
    public static (string Root, IReadOnlyList<string> Files) Find(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) return (full, Glob(full));
        if (!File.Exists(full)) throw new AbiInputException($"{path}: no such file or folder");
        var root = Path.GetDirectoryName(full)!;
        switch (Path.GetExtension(full).ToLowerInvariant())
        {
            case ".cs":
                return (root, [full]);
            case ".csproj":
                return (root, Glob(root));
            case ".sln":
            case ".slnx":
                var projects = SolutionProjects(full);
                return (root, [.. projects.SelectMany(p => Glob(Path.GetDirectoryName(p)!)).Distinct().Order(StringComparer.Ordinal)]);
            default:
                throw new AbiInputException($"{path}: not a .cs, .csproj, .sln or .slnx file, nor a folder");
        }
    }

    private static List<string> Glob(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*.cs", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal),
    ];

    private static List<string> SolutionProjects(string solution)
    {
        var root = Path.GetDirectoryName(solution)!;
        var text = File.ReadAllText(solution);
        var matches = solution.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase) ? SlnxProject().Matches(text) : SlnProject().Matches(text);
        var projects = matches.Select(m => Path.GetFullPath(Path.Combine(root, m.Groups[1].Value.Replace('\\', '/')))).Where(File.Exists).ToList();
        if (projects.Count == 0) throw new AbiInputException($"{solution}: names no C# project that exists");
        return projects;
    }

    [GeneratedRegex(@"^Project\(""[^""]*""\)\s*=\s*""[^""]*"",\s*""([^""]+\.csproj)""", RegexOptions.Multiline)]
    private static partial Regex SlnProject();

    [GeneratedRegex(@"<Project\s+Path=""([^""]+\.csproj)""")]
    private static partial Regex SlnxProject();
}
