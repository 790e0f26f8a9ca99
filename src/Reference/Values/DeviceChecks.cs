using AbiTool.DaxValues;
using AbiTool.Reference.Model;
using AbiTool.Reference.View;
using AbiTool.Sysfs;

namespace AbiTool.Reference.Values;

/// <summary>The invariants of one device: its ranges and size, its align, its device number, and what kmem holds for it.</summary>
internal static class DeviceChecks
{
    public static void Run(DaxTree dax, DeviceFolder device)
    {
        var tree = dax.Tree;
        var path = tree.PathOf(device.Node);
        var isStatic = device.Region >= 0 && dax.Regions[device.Region].IsStatic;
        var size = dax.Unsigned(device.Node, "size");
        var align = dax.Unsigned(device.Node, "align");
        var pieces = dax.Mappings(device.Node);
        if (align is { } a && !DaxSystem.IsValidAlign(a))
            dax.Report(DaxValueCodes.InvalidAlign, $"{path}/align", $"{device.Name} has align {a}; the kernel allows only {Aligns}");
        if (size is { } total && pieces is not null && (pieces.Count > 0 || align is not null))
        {
            var sum = pieces.Aggregate(0UL, (s, m) => s + m.Length);
            if (sum != total)
                dax.Report(DaxValueCodes.SizeNotSum, $"{path}/size", $"{device.Name} has size {total}, but its {pieces.Count} mapping(s) add up to {sum}");
            var first = pieces.FirstOrDefault(m => m.PageOffset == 0);
            if (first.Name is not null && dax.Hex(device.Node, "resource") is { } resource && resource != first.Start)
                dax.Report(DaxValueCodes.ResourceNotFirst, $"{path}/resource", $"{device.Name} has resource 0x{resource:x}, but its first mapping ({first.Name}) starts at 0x{first.Start:x}");
            if (align is > 0 and var step)
            {
                if (total % step != 0) dax.Report(DaxValueCodes.Misaligned, $"{path}/size", $"{device.Name}: size {total} is not a multiple of its align {step}");
                foreach (var m in pieces.Where(m => m.Start % step != 0))
                    dax.Report(DaxValueCodes.Misaligned, $"{path}/{m.Name}/start", $"{device.Name}: {m.Name} starts at 0x{m.Start:x}, not a multiple of its align {step}");
            }
        }
        if (pieces is not null) CheckPageOffsets(dax, device, path, pieces);
        CheckHidden(dax, device, path, isStatic);
        CheckNumber(dax, device, path);
        if (device.OnBus && pieces is not null) CheckMemory(dax, device, path, pieces);
        if (dax.DriverOf(device) == DaxDriver.Kmem) CheckKmemNode(dax, device, path);
    }

    /// <summary>Once kmem is bound, the target node must be online (kmem onlines it when it adds the memory).</summary>
    private static void CheckKmemNode(DaxTree dax, DeviceFolder device, string path)
    {
        if (ValueFormats.Signed(dax.Read(device.Node, "target_node")) is not { } node)
        {
            dax.Report(DaxValueCodes.TargetNodeOffline, $"{path}/target_node", $"{device.Name} is bound to kmem but has no readable target_node");
            return;
        }
        var online = dax.Read(dax.Tree.Find($"{SysfsPaths.Node}/online"));
        if (online is null) return; // a tree without the node folder: nothing to compare with
        if (RangeList.Parse(online) is { } nodes && !nodes.Contains((int)node))
            dax.Report(DaxValueCodes.TargetNodeOffline, $"{path}/target_node",
                $"{device.Name} is bound to kmem, but its target node {node} is not in {SysfsPaths.Node}/online ('{DeclaredFileChecks.Shown(online)}')");
    }

    private static string Aligns => $"{DaxSystem.PageSize}, {DaxSystem.MinimumAlign} and {DaxSystem.PudSize}";

    /// <summary>The pieces in page_offset order must follow one another: each starts where the ones before it end, in pages.</summary>
    private static void CheckPageOffsets(DaxTree dax, DeviceFolder device, string path, List<Piece> pieces)
    {
        var pages = 0UL;
        foreach (var piece in pieces.OrderBy(p => p.PageOffset))
        {
            if (piece.PageOffset != pages)
            {
                dax.Report(DaxValueCodes.PageOffset, $"{path}/{piece.Name}/page_offset",
                    $"{device.Name}: {piece.Name} has page_offset 0x{piece.PageOffset:x}, but the mappings before it hold 0x{pages:x} pages");
                return;
            }
            pages += piece.Length / DaxSystem.PageSize;
        }
    }

    /// <summary>What dev_dax_visible hides: target_node while it is negative, mapping in a static region.</summary>
    private static void CheckHidden(DaxTree dax, DeviceFolder device, string path, bool isStatic)
    {
        if (ValueFormats.Signed(dax.Read(device.Node, "target_node")) is < 0 and var node)
            dax.Report(DaxValueCodes.HiddenAttribute, $"{path}/target_node", $"{device.Name} shows target_node {node}; the kernel hides the file when the region has no target node");
        if (device.OnBus && isStatic && dax.Tree.Child(device.Node, "mapping") >= 0)
            dax.Report(DaxValueCodes.HiddenAttribute, $"{path}/mapping", $"{device.Name} is in a static region, where the kernel hides 'mapping' (its one range is fixed)");
    }

    /// <summary>dev, the /sys/dev/char link, the /dev node and the uevent's MAJOR, MINOR and DEVNAME must name the same device.</summary>
    private static void CheckNumber(DaxTree dax, DeviceFolder device, string path)
    {
        var tree = dax.Tree;
        if (dax.Read(device.Node, "dev") is not { } content || ValueFormats.Line(content) is not { } dev || dev.Split(':') is not [var major, var minor] ||
            !int.TryParse(major, out var ma) || !int.TryParse(minor, out var mi))
            return; // a missing or malformed dev is reported as such
        var link = tree.Find($"{SysfsPaths.DevChar}/{dev}");
        if (link < 0 || tree[link].Kind != SysfsNodeKind.Link)
            dax.Report(DaxValueCodes.CharDevice, $"{SysfsPaths.DevChar}/{dev}", $"{device.Name} has dev {dev}, but {SysfsPaths.DevChar}/{dev} is missing");
        else if (tree.Resolve(link) != device.Node)
            dax.Report(DaxValueCodes.CharDevice, $"{SysfsPaths.DevChar}/{dev}", $"{SysfsPaths.DevChar}/{dev} does not lead to {device.Name}, whose dev it is");
        if (dax.Options.DevNode is { } devNode)
        {
            var node = $"/dev/{device.Name}";
            if (devNode(node) is not { } number)
                dax.Report(DaxValueCodes.CharDevice, node, $"{device.Name} has dev {dev}, but there is no {node}");
            else if (number != (ma, mi))
                dax.Report(DaxValueCodes.CharDevice, node, $"{node} is {number.Major}:{number.Minor}, but {device.Name}'s dev is {dev}");
        }
        if (dax.Read(device.Node, "uevent") is { } uevent)
        {
            var variables = uevent.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2)).Where(p => p.Length == 2)
                .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
            foreach (var (key, value) in new[] { ("MAJOR", major), ("MINOR", minor), ("DEVNAME", device.Name) })
            {
                if (variables.GetValueOrDefault(key) != value)
                    dax.Report(DaxValueCodes.CharDevice, $"{path}/uevent", $"{device.Name}'s uevent has {key}={variables.GetValueOrDefault(key) ?? "(none)"}, not {value}");
            }
        }
    }

    /// <summary>
    /// A kmem-bound device has a memory block for every whole block of its ranges (kmem hot-adds them all); a device
    /// kmem does not hold has no online block in its ranges (only an unbind that could not hot-remove leaves one).
    /// </summary>
    private static void CheckMemory(DaxTree dax, DeviceFolder device, string path, List<Piece> pieces)
    {
        var blockSize = dax.Read(dax.Tree.Find($"{SysfsPaths.Memory}/block_size_bytes")) is { } text && ValueFormats.Line(text) is { } line &&
                        ulong.TryParse(line, System.Globalization.NumberStyles.AllowHexSpecifier, null, out var b) && b > 0 ? b : 0;
        if (blockSize == 0) return;
        var blocks = dax.MemoryBlocks();
        var wanted = pieces.SelectMany(p => DaxSystem.WholeBlocks(new AddressRange(p.Start, p.Length), blockSize)).ToList();
        var driver = dax.DriverOf(device);
        if (driver == DaxDriver.Kmem)
        {
            var missing = wanted.Where(i => !blocks.ContainsKey(i)).ToList();
            if (missing.Count > 0)
                dax.Report(DaxValueCodes.KmemBlocks, $"{path}/driver", missing.Count == wanted.Count
                    ? $"{device.Name} is bound to kmem but none of its {wanted.Count} memory blocks (memory{wanted.FirstOrDefault()}…) is in {SysfsPaths.Memory}"
                    : $"{device.Name} is bound to kmem but {missing.Count} of its {wanted.Count} memory blocks are not in {SysfsPaths.Memory} (memory{missing[0]} first)");
            return;
        }
        var online = wanted.Where(i => blocks.TryGetValue(i, out var folder) && ValueFormats.Line(dax.Read(folder, "state") ?? "") == "online").ToList();
        if (online.Count > 0)
            dax.Report(DaxValueCodes.OnlineWithoutKmem, $"{path}/{(driver is null ? "size" : "driver")}",
                $"{device.Name} is {(driver is null ? "bound to no driver" : $"bound to {driver}")}, yet {online.Count} memory block(s) of its ranges are online (memory{online[0]} first)");
    }
}
