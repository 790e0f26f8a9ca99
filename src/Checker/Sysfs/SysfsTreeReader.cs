using System.Formats.Tar;
using System.Runtime.InteropServices;
using AbiTool.Model;
using AbiTool.Sources;

namespace AbiTool.Sysfs;

/// <summary>
/// Reads a sysfs tree into a <see cref="SysfsTree"/>: a directory (live /sys or a fixture) or a tar snapshot of one.
/// Never reads a file's content, never writes, never follows a link; hostile trees (link loops, links out of the
/// tree, FIFOs, unreadable folders, absurd depth, names that are not UTF-8) become diagnostics, not hangs.
/// </summary>
public static partial class SysfsTreeReader
{
    /// <summary>Far deeper than any real sysfs (about 20 levels); deeper folders are reported and not walked.</summary>
    public const int MaxDepth = 128;

    public static SysfsTree Read(string source, string rootPath = "/sys")
    {
        if (File.Exists(source) && (source.EndsWith(".tar", StringComparison.Ordinal) || source.EndsWith(".tar.gz", StringComparison.Ordinal) || source.EndsWith(".tgz", StringComparison.Ordinal)))
            return ReadTar(source, rootPath);
        if (!Directory.Exists(source)) throw new AbiInputException($"{source}: no such sysfs tree (a directory or a .tar snapshot)");
        return ReadDirectory(source, rootPath);
    }

    public static SysfsTree ReadDirectory(string directory, string rootPath = "/sys")
    {
        var tree = new SysfsTree(rootPath, directory);
        var full = Path.GetFullPath(directory);
        var live = IsLiveSysfs(full);
        var skip = live ? MountPointsBelow(full) : [];
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false,
            AttributesToSkip = 0,
            ReturnSpecialDirectories = false,
        };
        // Level by level: the folders of one level are listed in parallel (listing sysfs is most of the cost), then
        // their entries are added to the tree in order.
        var level = new List<(string Path, int Node)> { (full, 0) };
        for (var depth = 0; level.Count > 0; depth++)
        {
            var listings = new (List<Entry>? Entries, string? Error)[level.Count];
            Parallel.For(0, level.Count, i => listings[i] = List(level[i].Path, options, live));
            var next = new List<(string Path, int Node)>();
            for (var i = 0; i < level.Count; i++)
            {
                var (path, node) = level[i];
                if (listings[i].Error is { } error)
                {
                    var at = tree.PathOf(node);
                    tree.Report(SysfsCodes.Unreadable.Create(SourceSpan.OfFile(at), $"{at} could not be listed: {error}", at));
                    continue;
                }
                foreach (var entry in listings[i].Entries!)
                {
                    var child = tree.Add(node, entry.Name, entry.Kind, entry.Mode, entry.LinkTarget);
                    if (entry.Kind == SysfsNodeKind.Special) ReportSpecial(tree, child);
                    if (entry.Name.Contains('\uFFFD'))
                    {
                        var at = tree.PathOf(child);
                        tree.Report(SysfsCodes.BadName.Create(SourceSpan.OfFile(at),
                            $"{at}: the name is not valid UTF-8; it is listed but not walked into", at));
                        continue;
                    }
                    if (entry.Kind != SysfsNodeKind.Directory || skip.Contains(entry.FullName)) continue;
                    if (depth + 1 >= MaxDepth)
                    {
                        var at = tree.PathOf(child);
                        tree.Report(SysfsCodes.TooDeep.Create(SourceSpan.OfFile(at),
                            $"{at} is {depth + 1} levels deep; folders below it were not walked", at));
                        continue;
                    }
                    next.Add((entry.FullName, child));
                }
            }
            level = next;
        }
        CheckLinks(tree);
        return tree;
    }

    private readonly record struct Entry(string Name, string FullName, SysfsNodeKind Kind, UnixFileMode Mode, string? LinkTarget);

    /// <summary>One folder's entries, classified; or the reason it could not be listed.</summary>
    private static (List<Entry>? Entries, string? Error) List(string path, EnumerationOptions options, bool live)
    {
        try
        {
            var entries = new List<Entry>();
            foreach (var info in new DirectoryInfo(path).EnumerateFileSystemInfos("*", options))
            {
                var mode = SafeMode(info);
                // The lstat behind the mode also says whether it is a link: only links need a readlink (most of /sys
                // is files, and a readlink that fails costs as much as one that succeeds).
                if (IsLink(info) && info.LinkTarget is { } target) entries.Add(new Entry(info.Name, info.FullName, SysfsNodeKind.Link, mode, target));
                else if (info is DirectoryInfo) entries.Add(new Entry(info.Name, info.FullName, SysfsNodeKind.Directory, mode, null));
                // A live sysfs holds only folders, files and links; a fixture may hold anything, so ask what it is.
                else entries.Add(new Entry(info.Name, info.FullName, !live && IsSpecial(info.FullName) ? SysfsNodeKind.Special : SysfsNodeKind.File, mode, null));
            }
            return (entries, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return (null, e.Message);
        }
    }

    private static UnixFileMode SafeMode(FileSystemInfo entry)
    {
        try
        {
            return entry.UnixFileMode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static bool IsLink(FileSystemInfo entry)
    {
        try
        {
            return (entry.Attributes & FileAttributes.ReparsePoint) != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // unknown: let readlink decide, as before
        }
    }

    /// <summary>Reports links that leave the tree or point nowhere.</summary>
    private static void CheckLinks(SysfsTree tree)
    {
        for (var i = 1; i < tree.Count; i++)
        {
            var node = tree[i];
            if (node.Kind != SysfsNodeKind.Link) continue;
            var path = tree.PathOf(i);
            if (Escapes(tree, i, node.LinkTarget!))
            {
                tree.Report(SysfsCodes.EscapingLink.Create(SourceSpan.OfFile(path),
                    $"{path} -> {node.LinkTarget} points out of the tree; it is not followed", path));
            }
            else if (tree.Resolve(i) < 0)
            {
                tree.Report(SysfsCodes.DanglingLink.Create(SourceSpan.OfFile(path),
                    $"{path} -> {node.LinkTarget} leads to nothing in the tree (missing, or a loop of links)", path));
            }
        }
    }

    /// <summary>Whether a link's target, read as text, climbs above the root (or is absolute outside it).</summary>
    private static bool Escapes(SysfsTree tree, int link, string target)
    {
        if (target.StartsWith('/')) return tree.Relative(target.TrimEnd('/')) is null;
        var depth = tree.Depth(tree[link].Parent);
        foreach (var name in target.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (name == "..") depth--;
            else if (name != ".") depth++;
            if (depth < 0) return true;
        }
        return false;
    }

    /// <summary>A snapshot made with <c>tar -C /sys -cf snapshot.tar .</c> (optionally gzipped).</summary>
    public static SysfsTree ReadTar(string file, string rootPath = "/sys")
    {
        var tree = new SysfsTree(rootPath, file);
        try
        {
            using var stream = File.OpenRead(file);
            using var input = file.EndsWith(".tar", StringComparison.Ordinal)
                ? (Stream)stream
                : new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress);
            using var reader = new TarReader(input);
            // Entries come grouped by folder: remember folders by path so each entry costs one lookup for its parent.
            var folders = new Dictionary<string, int>(StringComparer.Ordinal) { [""] = 0 };
            while (reader.GetNextEntry(copyData: false) is { } entry)
            {
                var name = entry.Name.StartsWith("./", StringComparison.Ordinal) ? entry.Name[2..] : entry.Name;
                name = name.TrimEnd('/');
                if (name.Length == 0 || name == ".") continue;
                var slash = name.LastIndexOf('/');
                var folder = slash < 0 ? "" : name[..slash];
                if (folders.TryGetValue(folder, out var knownParent) && !name.Contains("/../") && !name.StartsWith("../", StringComparison.Ordinal))
                {
                    var quickKind = KindOf(entry.EntryType);
                    var quick = tree.Add(knownParent, name[(slash + 1)..], quickKind, entry.Mode, quickKind == SysfsNodeKind.Link ? entry.LinkName : null);
                    if (quickKind == SysfsNodeKind.Directory && name.Split('/').Length < MaxDepth) folders[name] = quick;
                    else if (quickKind == SysfsNodeKind.Special) ReportSpecial(tree, quick);
                    continue;
                }
                var names = name.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(n => n != ".").ToArray();
                if (names.Length == 0 || names.Contains("..")) continue;
                if (names.Length >= MaxDepth)
                {
                    var at = tree.RootPath + "/" + string.Join('/', names.Take(MaxDepth));
                    if (!tree.Problems.Any(p => p.Code == SysfsCodes.TooDeep.Code && at.StartsWith(p.Span.File, StringComparison.Ordinal)))
                        tree.Report(SysfsCodes.TooDeep.Create(SourceSpan.OfFile(at), $"{at} is {MaxDepth} levels deep; entries below it were not read", at));
                    continue;
                }
                var parent = 0;
                for (var i = 0; i < names.Length - 1; i++) parent = tree.Add(parent, names[i], SysfsNodeKind.Directory, 0);
                var kind = KindOf(entry.EntryType);
                var added = tree.Add(parent, names[^1], kind, entry.Mode, kind == SysfsNodeKind.Link ? entry.LinkName : null);
                if (kind == SysfsNodeKind.Directory) folders[string.Join('/', names)] = added;
                else if (kind == SysfsNodeKind.Special) ReportSpecial(tree, added);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException)
        {
            throw new AbiInputException($"{file}: not a readable tar snapshot ({e.Message.Split('\n')[0]})");
        }
        CheckLinks(tree);
        return tree;
    }

    private static SysfsNodeKind KindOf(TarEntryType type) => type switch
    {
        TarEntryType.Directory => SysfsNodeKind.Directory,
        TarEntryType.SymbolicLink => SysfsNodeKind.Link,
        TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile => SysfsNodeKind.File,
        _ => SysfsNodeKind.Special,
    };

    private static void ReportSpecial(SysfsTree tree, int node)
    {
        var at = tree.PathOf(node);
        tree.Report(SysfsCodes.NotRegular.Create(SourceSpan.OfFile(at),
            $"{at} is a FIFO, socket or device node; sysfs holds only files, folders and links. It is not read.", at));
    }

    /// <summary>Whether the directory is the kernel's sysfs itself (then other filesystems mounted inside are skipped).</summary>
    private static bool IsLiveSysfs(string full) =>
        OperatingSystem.IsLinux() && MountTable().Any(m => m.Point == full.TrimEnd('/') && m.Type == "sysfs");

    /// <summary>debugfs, tracefs, configfs, cgroup… mounted below /sys are not sysfs and not ABI-documented there.</summary>
    private static HashSet<string> MountPointsBelow(string root) =>
        [.. MountTable().Where(m => m.Point.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal)).Select(m => m.Point)];

    private static IEnumerable<(string Point, string Type)> MountTable()
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines("/proc/self/mounts");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            yield break;
        }
        foreach (var line in lines)
        {
            var fields = line.Split(' ');
            if (fields.Length >= 3) yield return (fields[1].Replace("\\040", " "), fields[2]);
        }
    }

    /// <summary>lstat's file type: anything but a regular file, directory or link is "special".</summary>
    private static bool IsSpecial(string path)
    {
        if (!OperatingSystem.IsLinux()) return false;
        var offset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,   // struct stat: st_dev, st_ino, st_nlink, then st_mode
            Architecture.Arm64 => 16, // generic layout: st_dev, st_ino, then st_mode
            _ => -1,
        };
        if (offset < 0) return false;
        Span<byte> stat = stackalloc byte[256];
        if (LStat(path, ref MemoryMarshal.GetReference(stat)) != 0) return false;
        var mode = BitConverter.ToUInt32(stat.Slice(offset, 4));
        const uint typeMask = 0xF000, regular = 0x8000, directory = 0x4000, link = 0xA000;
        var type = mode & typeMask;
        return type is not (regular or directory or link);
    }

    [LibraryImport("libc", EntryPoint = "lstat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, ref byte buffer);
}
