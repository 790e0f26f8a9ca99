namespace AbiTool.Sources;

/// <summary>The files of an ABI tree in a directory on disk.</summary>
public static class DirectorySource
{
    /// <summary>
    /// Lists the ABI files below <paramref name="directory"/> in ordinal path order. Symbolic links are not followed
    /// (a tree is read-only input and a link could lead out of it or into a loop); unreadable folders are skipped.
    /// </summary>
    /// <param name="displayRoot">How to spell the root in spans (the argument as the user gave it).</param>
    public static IReadOnlyList<AbiSourceFile> List(string directory, string? displayRoot = null)
    {
        if (File.Exists(directory)) throw new AbiInputException($"{directory}: is a file, not an ABI directory");
        if (!Directory.Exists(directory)) throw new AbiInputException($"{directory}: no such ABI directory");
        displayRoot ??= directory;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
            ReturnSpecialDirectories = false,
        };
        var root = Path.GetFullPath(directory);
        var files = new List<AbiSourceFile>();
        foreach (var info in new DirectoryInfo(root).EnumerateFiles("*", options))
        {
            var relative = Path.GetRelativePath(root, info.FullName).Replace('\\', '/');
            if (!AbiTreeFiles.IsAbiFile(relative)) continue;
            var display = Path.Join(displayRoot, relative);
            var path = info.FullName;
            files.Add(new AbiSourceFile(relative, display, info.Length,
                () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0)));
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }
}
