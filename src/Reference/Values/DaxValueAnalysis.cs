using AbiTool.DaxValues;
using AbiTool.Diagnostics;
using AbiTool.Model;
using AbiTool.Patterns;
using AbiTool.Reference.Declarations;
using AbiTool.Reference.View;
using AbiTool.Sysfs;

namespace AbiTool.Reference.Values;

/// <summary>
/// <c>abi check --values</c>: reads the values of a dax tree (a fixture or live /sys) and checks them against the
/// reference model — every declared file's mode and format, the attributes every device and region has, and the
/// invariants that tie them together (size = sum of mappings, resource = first mapping's start, align divides size
/// and starts, available_size = region size − what the devices own, a kmem device's target node is online).
/// </summary>
public static class DaxValueAnalysis
{
    /// <param name="read">The content of the file at a logical path (/sys/…), or null when it cannot be read.</param>
    public static List<Diagnostic> Run(SysfsTree tree, WhatIndex index, Func<string, string?> read)
    {
        var context = new Context(tree, read);
        var devices = DeviceFolders(tree);
        var regionOf = devices.ToDictionary(d => d.Node, d => RegionFolder(tree, d));
        var staticRegion = regionOf.Values.Where(r => r >= 0).Distinct().ToDictionary(r => r, r => IsStatic(tree, r));
        CheckDeclaredFiles(context, new TreeMatcher(tree, index), devices, regionOf, staticRegion);
        foreach (var device in devices) CheckDevice(context, device, regionOf[device.Node], staticRegion);
        foreach (var (region, isStatic) in staticRegion)
            CheckRegion(context, region, isStatic, [.. devices.Where(d => regionOf[d.Node] == region)]);
        context.Findings.Sort(Diagnostic.SourceOrder);
        return context.Findings;
    }

    private sealed class Context(SysfsTree tree, Func<string, string?> read)
    {
        public SysfsTree Tree { get; } = tree;
        public List<Diagnostic> Findings { get; } = [];
        /// <summary>Only regular files are read: a FIFO or a link in a hostile tree is never opened.</summary>
        public string? Read(int node) => node < 0 || Tree[node].Kind != SysfsNodeKind.File ? null : read(Tree.PathOf(node));
        public string? Read(int folder, string name) => Read(Tree.Child(folder, name));

        public void Report(DiagnosticDescriptor code, string path, string message) =>
            Findings.Add(code.Create(SourceSpan.OfFile(path), message, $"{code.Code}|{path}"));
    }

    /// <summary>A device folder, found through /sys/bus/dax/devices or the compat /sys/class/dax.</summary>
    private readonly record struct DeviceFolder(int Node, string Name, bool OnBus);

    private static List<DeviceFolder> DeviceFolders(SysfsTree tree)
    {
        var found = new List<DeviceFolder>();
        foreach (var (list, onBus) in new[] { (SysfsPaths.BusDevices, true), (SysfsPaths.Class, false) })
        {
            var folder = tree.Find(list);
            if (folder < 0) continue;
            for (var i = 1; i < tree.Count; i++)
            {
                if (tree[i].Parent != folder || tree[i].Kind != SysfsNodeKind.Link) continue;
                var target = tree.Resolve(i);
                if (target > 0 && tree[target].Kind == SysfsNodeKind.Directory && found.All(f => f.Node != target))
                    found.Add(new DeviceFolder(target, tree[i].Name, onBus));
            }
        }
        return found;
    }

    /// <summary>The dax_region folder of a device: beside it on the bus, beside its 'device' link's target in the class.</summary>
    private static int RegionFolder(SysfsTree tree, DeviceFolder device)
    {
        var parent = device.OnBus ? tree[device.Node].Parent : tree.Child(device.Node, "device") is var link and >= 0 ? tree.Resolve(link) : -1;
        return parent < 0 ? -1 : tree.Child(parent, "dax_region");
    }

    private static bool IsStatic(SysfsTree tree, int region) =>
        RegionAttributes.DynamicOnly.All(d => tree.Child(region, d.Name) < 0);

    /// <summary>Every file a declaration documents: its mode (as the declaration has it for its region) and its format.</summary>
    private static void CheckDeclaredFiles(Context context, TreeMatcher matcher, List<DeviceFolder> devices,
        Dictionary<int, int> regionOf, Dictionary<int, bool> staticRegion)
    {
        var tree = context.Tree;
        var byWhat = Declared.All.ToDictionary(d => d.What, StringComparer.Ordinal);
        for (var i = 1; i < tree.Count; i++)
        {
            if (tree[i].Kind != SysfsNodeKind.File) continue;
            var declaration = matcher.MatchesOf(i).Select(m => byWhat.GetValueOrDefault(m.What.What.Text)).FirstOrDefault(d => d is not null);
            if (declaration is null) continue;
            var path = tree.PathOf(i);
            var isStatic = declaration.Owner is AttributeOwner.Device or AttributeOwner.ClassDevice &&
                           regionOf.GetValueOrDefault(tree[i].Parent, -1) is var region and >= 0 && staticRegion[region];
            var expected = declaration.ModeIn(isStatic);
            var actual = tree[i].Mode & (UnixFileMode)0xFFF;
            if (actual != 0 && actual != expected)
                context.Report(DaxValueCodes.ModeDiffers, path, $"{path} has mode {Octal(actual)}; the model declares {Octal(expected)} for '{declaration.What}'");
            if (declaration.Format is ValueFormat.WriteOnly or ValueFormat.None) continue;
            if (context.Read(i) is { } content && !ValueFormats.Fits(declaration.Format, content))
                context.Report(DaxValueCodes.BadValue, path, $"{path} reads '{Shown(content)}', which is not {Describe(declaration.Format)}");
        }
    }

    private static void CheckDevice(Context context, DeviceFolder device, int region, Dictionary<int, bool> staticRegion)
    {
        var tree = context.Tree;
        var path = tree.PathOf(device.Node);
        var isStatic = region >= 0 && staticRegion[region];
        IEnumerable<AttributeDeclaration> required = device.OnBus
            ? [DeviceAttributes.Modalias, DeviceAttributes.Size, DeviceAttributes.Align, DeviceAttributes.Resource, DeviceAttributes.Dev, DeviceAttributes.Subsystem]
            : [ClassDaxAttributes.Dev, ClassDaxAttributes.Size, ClassDaxAttributes.Device];
        if (device.OnBus && !isStatic) required = required.Append(DeviceAttributes.Mapping);
        foreach (var declaration in required.Where(d => tree.Child(device.Node, d.Name) < 0))
            context.Report(DaxValueCodes.MissingAttribute, $"{path}/{declaration.Name}", $"{device.Name} has no '{declaration.Name}' ({declaration.What})");
        if (region < 0) context.Report(DaxValueCodes.MissingAttribute, path, $"{device.Name} has no dax_region folder beside it");

        var size = ValueFormats.Unsigned(context.Read(device.Node, "size"));
        var align = ValueFormats.Unsigned(context.Read(device.Node, "align"));
        var mappings = Mappings(context, device.Node);
        if (size is { } total && mappings is { } pieces && (pieces.Count > 0 || align is not null))
        {
            var sum = pieces.Aggregate(0UL, (s, m) => s + (m.End - m.Start + 1));
            if (sum != total)
                context.Report(DaxValueCodes.SizeNotSum, $"{path}/size", $"{device.Name} has size {total}, but its {pieces.Count} mapping(s) add up to {sum}");
            var first = pieces.FirstOrDefault(m => m.PageOffset == 0);
            if (first.Name is not null && context.Read(device.Node, "resource") is { } text && ValueFormats.Line(text) is { } line &&
                ValueFormats.Hex(line) is { } resource && resource != first.Start)
                context.Report(DaxValueCodes.ResourceNotFirst, $"{path}/resource", $"{device.Name} has resource 0x{resource:x}, but its first mapping ({first.Name}) starts at 0x{first.Start:x}");
            if (align is > 0 and var a)
            {
                if (total % a != 0) context.Report(DaxValueCodes.Misaligned, $"{path}/size", $"{device.Name}: size {total} is not a multiple of its align {a}");
                foreach (var m in pieces.Where(m => m.Start % a != 0))
                    context.Report(DaxValueCodes.Misaligned, $"{path}/{m.Name}/start", $"{device.Name}: {m.Name} starts at 0x{m.Start:x}, not a multiple of its align {a}");
            }
        }
        CheckKmemNode(context, device, path);
    }

    private readonly record struct Piece(string Name, ulong Start, ulong End, ulong PageOffset);

    /// <summary>The mappingN children, or null when one of them cannot be read.</summary>
    private static List<Piece>? Mappings(Context context, int device)
    {
        var tree = context.Tree;
        var pieces = new List<Piece>();
        for (var i = 1; i < tree.Count; i++)
        {
            if (tree[i].Parent != device || tree[i].Kind != SysfsNodeKind.Directory || !IsMappingName(tree[i].Name)) continue;
            var start = Hex(context.Read(i, "start"));
            var end = Hex(context.Read(i, "end"));
            var offset = Hex(context.Read(i, "page_offset"));
            if (start is null || end is null || offset is null || end < start) return null;
            pieces.Add(new Piece(tree[i].Name, start.Value, end.Value, offset.Value));
        }
        return pieces;
    }

    private static bool IsMappingName(string name) => name.StartsWith("mapping", StringComparison.Ordinal) && name.Length > 7 && name[7..].All(char.IsAsciiDigit);

    private static ulong? Hex(string? content) => content is not null && ValueFormats.Line(content) is { } line ? ValueFormats.Hex(line) : null;

    /// <summary>Once kmem is bound, the target node must be online (kmem onlines it when it adds the memory).</summary>
    private static void CheckKmemNode(Context context, DeviceFolder device, string path)
    {
        var tree = context.Tree;
        var link = tree.Child(device.Node, "driver");
        if (link < 0 || tree[link].Kind != SysfsNodeKind.Link || !tree[link].LinkTarget!.TrimEnd('/').EndsWith("/kmem", StringComparison.Ordinal)) return;
        if (ValueFormats.Signed(context.Read(device.Node, "target_node")) is not { } node)
        {
            context.Report(DaxValueCodes.TargetNodeOffline, $"{path}/target_node", $"{device.Name} is bound to kmem but has no readable target_node");
            return;
        }
        var online = context.Read(tree.Find($"{SysfsPaths.Node}/online"));
        if (online is null) return; // a tree without the node folder: nothing to compare with
        if (RangeList.Parse(online) is { } nodes && !nodes.Contains((int)node))
            context.Report(DaxValueCodes.TargetNodeOffline, $"{path}/target_node", $"{device.Name} is bound to kmem, but its target node {node} is not in {SysfsPaths.Node}/online ('{Shown(online)}')");
    }

    private static void CheckRegion(Context context, int region, bool isStatic, List<DeviceFolder> devices)
    {
        var tree = context.Tree;
        var path = tree.PathOf(region);
        IEnumerable<AttributeDeclaration> required = [RegionAttributes.Id, RegionAttributes.Size, RegionAttributes.Align];
        if (!isStatic) required = required.Concat(RegionAttributes.DynamicOnly);
        foreach (var declaration in required.Where(d => tree.Child(region, d.Name) < 0))
            context.Report(DaxValueCodes.MissingAttribute, $"{path}/{declaration.Name}", $"the region at {path} has no '{declaration.Name}' ({declaration.What})");
        if (isStatic) return;
        var size = ValueFormats.Unsigned(context.Read(region, "size"));
        var available = ValueFormats.Unsigned(context.Read(region, "available_size"));
        var sizes = devices.Select(d => ValueFormats.Unsigned(context.Read(d.Node, "size"))).ToList();
        if (size is not { } total || available is not { } free || sizes.Any(s => s is null)) return;
        var owned = sizes.Aggregate(0UL, (s, x) => s + x!.Value);
        if (owned > total || free != total - owned)
            context.Report(DaxValueCodes.AvailableSize, $"{path}/available_size",
                $"available_size is {free}, but the region's size {total} minus the {owned} bytes its {devices.Count} device(s) own is {(owned > total ? "negative" : $"{total - owned}")}");
    }

    private static string Octal(UnixFileMode mode) => "0" + Convert.ToString((int)mode & 0xFFF, 8);

    private static string Shown(string content)
    {
        var text = content.TrimEnd('\n').Replace("\n", "\\n", StringComparison.Ordinal);
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    private static string Describe(ValueFormat format) => format switch
    {
        ValueFormat.Decimal => "a decimal number and a newline",
        ValueFormat.Hex => "0x and a hex number and a newline",
        ValueFormat.BareHex => "a hex number without 0x and a newline",
        ValueFormat.PaddedHex => "an 8-digit hex number and a newline",
        ValueFormat.DeviceName => "a device name daxX.Y (or nothing) and a newline",
        ValueFormat.DeviceNumber => "major:minor and a newline",
        ValueFormat.Boolean => "0 or 1 and a newline",
        ValueFormat.RangeList => "a list such as 0-1,3 and a newline",
        ValueFormat.Word => "a word and a newline",
        _ => "newline-terminated lines",
    };
}
