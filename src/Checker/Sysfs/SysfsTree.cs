using AbiTool.Diagnostics;

namespace AbiTool.Sysfs;

public enum SysfsNodeKind
{
    Directory,
    File,
    Link,

    /// <summary>A FIFO, socket or device node: never part of a real sysfs.</summary>
    Special,
}

/// <summary>One node of a sysfs tree: its parent (-1 for the root), its name, kind and permission bits.</summary>
public readonly record struct SysfsNode(int Parent, string Name, SysfsNodeKind Kind, UnixFileMode Mode, string? LinkTarget);

/// <summary>
/// A sysfs tree held in memory: live /sys, a fixture directory laid out like it, or a tar snapshot. Paths are the
/// logical ones (<c>/sys/bus/dax/devices/dax0.0</c>) whatever the tree's location on disk. The tree is read once and
/// never written; symbolic links are recorded, not followed.
/// </summary>
public sealed class SysfsTree
{
    private readonly List<SysfsNode> nodes = [];
    private readonly Dictionary<(int Parent, string Name), int> children = [];
    private readonly List<Diagnostic> problems = [];

    /// <summary>The logical path of the root, "/sys".</summary>
    public string RootPath { get; }

    /// <summary>Where the tree was read from, for messages.</summary>
    public string Source { get; }

    public SysfsTree(string rootPath, string source)
    {
        RootPath = rootPath.TrimEnd('/');
        Source = source;
        nodes.Add(new SysfsNode(-1, "", SysfsNodeKind.Directory, 0, null));
    }

    public int Count => nodes.Count;

    public SysfsNode this[int index] => nodes[index];

    /// <summary>What went wrong while reading (unreadable folders, escaping links…), as diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Problems => problems;

    internal void Report(Diagnostic diagnostic)
    {
        lock (problems) problems.Add(diagnostic);
    }

    /// <summary>Adds a node below <paramref name="parent"/>; adding the same name twice returns the first.</summary>
    public int Add(int parent, string name, SysfsNodeKind kind, UnixFileMode mode, string? linkTarget = null)
    {
        if (children.TryGetValue((parent, name), out var existing)) return existing;
        nodes.Add(new SysfsNode(parent, name, kind, mode, linkTarget));
        children[(parent, name)] = nodes.Count - 1;
        return nodes.Count - 1;
    }

    public int Child(int parent, string name) => children.TryGetValue((parent, name), out var index) ? index : -1;

    /// <summary>The node at a logical path, without following links; -1 when there is none.</summary>
    public int Find(string path)
    {
        var relative = Relative(path);
        if (relative is null) return -1;
        var node = 0;
        foreach (var name in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = Child(node, name);
            if (node < 0) return -1;
        }
        return node;
    }

    /// <summary>The path below the root ("bus/dax"), or null when the path is not under the root.</summary>
    public string? Relative(string path)
    {
        if (path == RootPath) return "";
        return path.StartsWith(RootPath + "/", StringComparison.Ordinal) ? path[(RootPath.Length + 1)..] : null;
    }

    public string PathOf(int index)
    {
        if (index == 0) return RootPath;
        var names = new List<string>();
        for (var i = index; i > 0; i = nodes[i].Parent) names.Add(nodes[i].Name);
        names.Reverse();
        return RootPath + "/" + string.Join('/', names);
    }

    /// <summary>The path's components from the filesystem root ("sys", "bus", "dax").</summary>
    public List<string> ComponentsOf(int index)
    {
        var names = new List<string>();
        for (var i = index; i > 0; i = nodes[i].Parent) names.Add(nodes[i].Name);
        names.AddRange(RootPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse());
        names.Reverse();
        return names;
    }

    public int Depth(int index)
    {
        var depth = 0;
        for (var i = index; i > 0; i = nodes[i].Parent) depth++;
        return depth;
    }

    /// <summary>
    /// Where a link points, resolved inside the tree (following links on the way, at most 40 as the kernel allows);
    /// -1 when the target is outside the tree, missing, or part of a loop.
    /// </summary>
    public int Resolve(int link)
    {
        var current = link;
        for (var hops = 0; hops < 40; hops++)
        {
            var node = nodes[current];
            if (node.Kind != SysfsNodeKind.Link) return current;
            var target = node.LinkTarget!;
            var at = target.StartsWith('/') ? Find(target) : Walk(node.Parent, target);
            if (at < 0) return -1;
            current = at;
        }
        return -1;
    }

    /// <summary>Follows a relative path from a directory, resolving links met on the way; -1 if it leaves the tree.</summary>
    private int Walk(int from, string relative)
    {
        var node = from;
        foreach (var name in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (name == ".") continue;
            if (name == "..")
            {
                if (node == 0) return -1;
                node = nodes[node].Parent;
                continue;
            }
            if (nodes[node].Kind == SysfsNodeKind.Link)
            {
                node = Resolve(node);
                if (node < 0) return -1;
            }
            node = Child(node, name);
            if (node < 0) return -1;
        }
        return node;
    }
}
