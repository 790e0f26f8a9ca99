using AbiTool.Sources;
using AbiTool.Sysfs;

namespace AbiTool.Reference.Values;

/// <summary>Reads the files of a sysfs tree that is a directory (live /sys or a fixture), by logical path.</summary>
public static class TreeFiles
{
    /// <summary>Sysfs attributes are at most a page; anything longer is cut, so a hostile file cannot exhaust memory.</summary>
    public const int MaxBytes = 64 * 1024;

    public static Func<string, string?> Reader(SysfsTree tree)
    {
        if (!Directory.Exists(tree.Source)) throw new AbiInputException($"{tree.Source}: --values reads files, so it needs a directory tree, not a snapshot");
        return path =>
        {
            if (tree.Relative(path) is not { } relative) return null;
            try
            {
                using var stream = new FileStream(Path.Join(tree.Source, relative), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
                var buffer = new byte[MaxBytes];
                var length = 0;
                int read;
                while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0) length += read;
                return System.Text.Encoding.UTF8.GetString(buffer, 0, length);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        };
    }
}
