using AbiTool.Diagnostics;
using AbiTool.Model;
using AbiTool.Reference.Declarations;
using AbiTool.Reference.View;
using AbiTool.Sysfs;

namespace AbiTool.Reference.Values;

/// <summary>A device folder, found through /sys/bus/dax/devices or the compat /sys/class/dax, with its region folder (-1 when none).</summary>
internal sealed record DeviceFolder(int Node, string Name, bool OnBus, int Region);

/// <summary>A dax_region folder: whether it is static (none of the dynamic-only files) or a compat class device's.</summary>
internal sealed record RegionFolder(int Node, bool IsStatic, bool IsClass, List<DeviceFolder> Devices);

/// <summary>One mappingN child of a device: its name, range and page offset.</summary>
internal readonly record struct Piece(string Name, ulong Start, ulong End, ulong PageOffset)
{
    public ulong Length => End - Start + 1;
}

/// <summary>
/// A dax tree as the value checks see it: its objects found by structure (the bus's device links, the class links,
/// the dax_region folder beside a device, the driver and memory folders), never by how some document spells their
/// Whats, so the findings are the same whatever ABI docs the tree is checked against.
/// </summary>
internal sealed class DaxTree
{
    private readonly Func<string, string?> read;

    public DaxTree(SysfsTree tree, Func<string, string?> read, DaxCheckOptions options)
    {
        Tree = tree;
        this.read = read;
        Options = options;
        Devices = FindDevices();
        foreach (var group in Devices.Where(d => d.Region >= 0).GroupBy(d => d.Region))
            Regions[group.Key] = new RegionFolder(group.Key, IsStatic(group.Key), group.All(d => !d.OnBus), [.. group]);
    }

    public SysfsTree Tree { get; }

    public DaxCheckOptions Options { get; }

    public List<Diagnostic> Findings { get; } = [];

    public List<DeviceFolder> Devices { get; }

    public Dictionary<int, RegionFolder> Regions { get; } = [];

    /// <summary>Only regular files are read: a FIFO or a link in a hostile tree is never opened.</summary>
    public string? Read(int node) => node < 0 || Tree[node].Kind != SysfsNodeKind.File ? null : read(Tree.PathOf(node));

    public string? Read(int folder, string name) => Read(Tree.Child(folder, name));

    public ulong? Unsigned(int folder, string name) => ValueFormats.Unsigned(Read(folder, name));

    public ulong? Hex(int folder, string name) => Read(folder, name) is { } content && ValueFormats.Line(content) is { } line ? ValueFormats.Hex(line) : null;

    /// <summary>The node at a path below a folder ("power/control"), without following links; -1 when absent.</summary>
    public int At(int folder, string relative)
    {
        var node = folder;
        foreach (var name in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = Tree.Child(node, name);
            if (node < 0) return -1;
        }
        return node;
    }

    public IEnumerable<int> Children(int folder)
    {
        for (var i = folder + 1; i < Tree.Count; i++)
        {
            if (Tree[i].Parent == folder) yield return i;
        }
    }

    public void Report(DiagnosticDescriptor code, string path, string message) =>
        Findings.Add(code.Create(SourceSpan.OfFile(path), message, $"{code.Code}|{path}"));

    /// <summary>The name of the driver a device's driver link points to, or null when unbound.</summary>
    public string? DriverOf(DeviceFolder device)
    {
        var link = Tree.Child(device.Node, "driver");
        return link < 0 || Tree[link].Kind != SysfsNodeKind.Link ? null : Tree[link].LinkTarget!.TrimEnd('/').Split('/')[^1];
    }

    /// <summary>The mappingN children in the order of N, or null when one of them cannot be read.</summary>
    public List<Piece>? Mappings(int device)
    {
        var pieces = new List<Piece>();
        foreach (var child in Children(device).Where(c => Tree[c].Kind == SysfsNodeKind.Directory && IsMappingName(Tree[c].Name))
                     .OrderBy(c => NumberAfter(Tree[c].Name, "mapping")))
        {
            var start = Hex(child, "start");
            var end = Hex(child, "end");
            var offset = Hex(child, "page_offset");
            if (start is null || end is null || offset is null || end < start) return null;
            pieces.Add(new Piece(Tree[child].Name, start.Value, end.Value, offset.Value));
        }
        return pieces;
    }

    public static bool IsMappingName(string name) => NumberAfter(name, "mapping") is not null;

    /// <summary>N of a name PREFIX + N ("memory72" → 72), or null.</summary>
    public static ulong? NumberAfter(string name, string prefix) =>
        name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && name[prefix.Length..].All(char.IsAsciiDigit) &&
        ulong.TryParse(name.AsSpan(prefix.Length), out var n) ? n : null;

    /// <summary>The folders of the memory blocks (/sys/devices/system/memory/memoryN), by block number.</summary>
    public Dictionary<ulong, int> MemoryBlocks()
    {
        var blocks = new Dictionary<ulong, int>();
        var root = Tree.Find(SysfsPaths.Memory);
        if (root < 0) return blocks;
        foreach (var child in Children(root))
        {
            if (Tree[child].Kind == SysfsNodeKind.Directory && NumberAfter(Tree[child].Name, "memory") is { } index) blocks[index] = child;
        }
        return blocks;
    }

    private List<DeviceFolder> FindDevices()
    {
        var found = new List<DeviceFolder>();
        foreach (var (list, onBus) in new[] { (SysfsPaths.BusDevices, true), (SysfsPaths.Class, false) })
        {
            var folder = Tree.Find(list);
            if (folder < 0) continue;
            foreach (var link in Children(folder).Where(c => Tree[c].Kind == SysfsNodeKind.Link))
            {
                var target = Tree.Resolve(link);
                if (target > 0 && Tree[target].Kind == SysfsNodeKind.Directory && found.All(f => f.Node != target))
                    found.Add(new DeviceFolder(target, Tree[link].Name, onBus, RegionFolderOf(target, onBus)));
            }
        }
        return found;
    }

    /// <summary>The dax_region folder of a device: beside it on the bus, beside its 'device' link's target in the class.</summary>
    private int RegionFolderOf(int device, bool onBus)
    {
        var parent = onBus ? Tree[device].Parent : Tree.Child(device, "device") is var link and >= 0 ? Tree.Resolve(link) : -1;
        return parent < 0 ? -1 : Tree.Child(parent, "dax_region");
    }

    private bool IsStatic(int region) => RegionAttributes.DynamicOnly.All(d => Tree.Child(region, d.Name) < 0);
}
