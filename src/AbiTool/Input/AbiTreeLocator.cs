using AbiTool.Model;
using AbiTool.Sources;

namespace AbiTool.Cli.Input;

/// <summary>
/// Finds the ABI tree a command works on: <c>--dir</c> when given; otherwise <c>Documentation/ABI</c> of the kernel tree
/// the working directory is in (searched upwards, as git finds its repository); otherwise the embedded abi/ tree.
/// </summary>
internal static class AbiTreeLocator
{
    public static AbiCorpus Load(string? dir)
    {
        if (dir is not null) return AbiCorpusReader.ReadDirectory(dir);
        var kernel = FindKernelAbiDirectory(Directory.GetCurrentDirectory());
        if (kernel is not null) return AbiCorpusReader.ReadDirectory(kernel, Path.GetRelativePath(Directory.GetCurrentDirectory(), kernel));
        return AbiCorpusReader.Read(EmbeddedAbiTree.DisplayRoot, EmbeddedAbiTree.List());
    }

    public static string? FindKernelAbiDirectory(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Join(dir.FullName, "Documentation", "ABI");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
