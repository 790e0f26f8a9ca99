using AbiTool.DaxValues;
using AbiTool.Reference.Model;

namespace AbiTool.Reference.Values;

/// <summary>The invariants of a region: capacity shared out without overlap inside it, its id, align, seed and create.</summary>
internal static class RegionChecks
{
    public static void Run(DaxTree dax, RegionFolder region)
    {
        var tree = dax.Tree;
        var path = tree.PathOf(region.Node);
        var size = dax.Unsigned(region.Node, "size");
        if (dax.Unsigned(region.Node, "align") is { } align && !DaxSystem.IsValidAlign(align))
            dax.Report(DaxValueCodes.InvalidAlign, $"{path}/align", $"the region at {path} has align {align}; the kernel allows only {DaxSystem.PageSize}, {DaxSystem.MinimumAlign} and {DaxSystem.PudSize}");
        if (dax.Unsigned(region.Node, "id") is { } id)
        {
            foreach (var device in region.Devices.Where(d => DeviceName.RegionOf(d.Name) is { } x && x != id))
                dax.Report(DaxValueCodes.RegionId, $"{path}/id", $"the region's id is {id}, but its device {device.Name} says region {DeviceName.RegionOf(device.Name)}");
        }
        var owned = region.Devices.Select(d => (Device: d, Pieces: dax.Mappings(d.Node) ?? [])).ToList();
        if (size is { } total) CheckInside(dax, region, path, total, owned);
        CheckOverlaps(dax, owned);
        if (region.IsStatic) return;
        CheckAvailable(dax, region, path, size);
        CheckNamed(dax, region, path, "seed", mustBeUnbound: true);
        CheckNamed(dax, region, path, "create", mustBeUnbound: false);
    }

    /// <summary>
    /// Every range inside the region. sysfs does not show where a region starts, but a device that owns nothing shows
    /// it as its resource; without one, the ranges must at least fit in a window of the region's size.
    /// </summary>
    private static void CheckInside(DaxTree dax, RegionFolder region, string path, ulong size, List<(DeviceFolder Device, List<Piece> Pieces)> owned)
    {
        var tree = dax.Tree;
        var start = owned.Where(o => o.Pieces.Count == 0 && dax.Unsigned(o.Device.Node, "size") == 0)
            .Select(o => dax.Hex(o.Device.Node, "resource")).FirstOrDefault(r => r is not null);
        var pieces = owned.SelectMany(o => o.Pieces.Select(p => (o.Device, Piece: p))).ToList();
        if (pieces.Count == 0) return;
        if (start is { } first)
        {
            var last = first + size - 1;
            foreach (var (device, piece) in pieces.Where(p => p.Piece.Start < first || p.Piece.End > last))
                dax.Report(DaxValueCodes.OutsideRegion, $"{tree.PathOf(device.Node)}/{piece.Name}/start",
                    $"{device.Name}/{piece.Name} spans 0x{piece.Start:x}-0x{piece.End:x}, outside its region 0x{first:x}-0x{last:x}");
            return;
        }
        var low = pieces.MinBy(p => p.Piece.Start);
        var high = pieces.MaxBy(p => p.Piece.End);
        if (high.Piece.End - low.Piece.Start + 1 > size)
            dax.Report(DaxValueCodes.OutsideRegion, $"{tree.PathOf(high.Device.Node)}/{high.Piece.Name}/start",
                $"{low.Device.Name}/{low.Piece.Name} starts at 0x{low.Piece.Start:x} and {high.Device.Name}/{high.Piece.Name} ends at 0x{high.Piece.End:x}: more than the region's {size} bytes apart");
    }

    private static void CheckOverlaps(DaxTree dax, List<(DeviceFolder Device, List<Piece> Pieces)> owned)
    {
        var pieces = owned.SelectMany(o => o.Pieces.Select(p => (o.Device, Piece: p))).OrderBy(p => p.Piece.Start).ToList();
        for (var i = 1; i < pieces.Count; i++)
        {
            var (before, after) = (pieces[i - 1], pieces[i]);
            if (after.Piece.Start <= before.Piece.End)
                dax.Report(DaxValueCodes.RangeOverlap, $"{dax.Tree.PathOf(after.Device.Node)}/{after.Piece.Name}/start",
                    $"{after.Device.Name}/{after.Piece.Name} (0x{after.Piece.Start:x}-0x{after.Piece.End:x}) overlaps {before.Device.Name}/{before.Piece.Name} (0x{before.Piece.Start:x}-0x{before.Piece.End:x})");
        }
    }

    private static void CheckAvailable(DaxTree dax, RegionFolder region, string path, ulong? size)
    {
        var available = dax.Unsigned(region.Node, "available_size");
        var sizes = region.Devices.Select(d => dax.Unsigned(d.Node, "size")).ToList();
        if (size is not { } total || available is not { } free || sizes.Any(s => s is null)) return;
        var owned = sizes.Aggregate(0UL, (s, x) => s + x!.Value);
        if (owned > total || free != total - owned)
            dax.Report(DaxValueCodes.AvailableSize, $"{path}/available_size",
                $"available_size is {free}, but the region's size {total} minus the {owned} bytes its {region.Devices.Count} device(s) own is {(owned > total ? "negative" : $"{total - owned}")}");
    }

    /// <summary>seed and create name a device of this region or nothing; the seed is never bound (a probe clears it).</summary>
    private static void CheckNamed(DaxTree dax, RegionFolder region, string path, string file, bool mustBeUnbound)
    {
        if (dax.Read(region.Node, file) is not { } content || ValueFormats.Line(content) is not { Length: > 0 } name) return;
        var device = region.Devices.FirstOrDefault(d => d.Name == name);
        if (device is null)
            dax.Report(DaxValueCodes.Seed, $"{path}/{file}", $"{file} names {name}, which is not a device of this region");
        else if (mustBeUnbound && dax.DriverOf(device) is { } driver)
            dax.Report(DaxValueCodes.Seed, $"{path}/{file}", $"seed names {name}, but {driver} is bound to it (a successful probe clears the seed)");
    }
}
