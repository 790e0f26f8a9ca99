using System.Runtime.InteropServices;
using AbiTool.Reference.Rendering;
using AbiTool.Sources;
using AbiTool.Sysfs;

namespace AbiTool.Reference.Values;

/// <summary>Reads the files of a sysfs tree that is a directory (live /sys or a fixture), by logical path.</summary>
public static partial class TreeFiles
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

    /// <summary>
    /// What the value checks can learn beside the tree: a fixture's manifest gives its kernel and its /dev nodes; the
    /// live /sys has the real /dev. <paramref name="kernel"/> (from <c>--kernel</c>) wins over the manifest's.
    /// </summary>
    public static DaxCheckOptions Options(SysfsTree tree, Version? kernel = null)
    {
        if (!Directory.Exists(tree.Source)) return new DaxCheckOptions { Kernel = kernel };
        if (FixtureManifest.Beside(tree.Source) is { } manifest)
            return new DaxCheckOptions { Kernel = kernel ?? manifest.Kernel, DevNode = node => manifest.Nodes.TryGetValue(node, out var n) ? n : null };
        var live = Path.GetFullPath(tree.Source).TrimEnd('/') == "/sys" && OperatingSystem.IsLinux();
        return new DaxCheckOptions { Kernel = kernel, DevNode = live ? LiveDevNode : null };
    }

    /// <summary>The number of a real character device, by stat (the node is never opened).</summary>
    private static (int Major, int Minor)? LiveDevNode(string path)
    {
        var buffer = new byte[256];
        if (Stat(path, buffer) != 0) return null;
        var mode = BitConverter.ToUInt32(buffer, RuntimeInformation.OSArchitecture == Architecture.X64 ? 24 : 16);
        if ((mode & 0xF000) != 0x2000) return null; // not a character device
        var rdev = BitConverter.ToUInt64(buffer, RuntimeInformation.OSArchitecture == Architecture.X64 ? 40 : 32);
        var major = (int)(((rdev >> 8) & 0xfff) | ((rdev >> 32) & ~0xfffUL));
        var minor = (int)((rdev & 0xff) | ((rdev >> 12) & ~0xffUL));
        return (major, minor);
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, byte[] buffer);
}
