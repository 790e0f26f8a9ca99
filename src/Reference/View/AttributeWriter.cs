using AbiTool.Reference.Declarations;
using AbiTool.Reference.Model;

namespace AbiTool.Reference.View;

/// <summary>
/// A write to an attribute path, as an operation on the model: <c>Write(system, "/sys/bus/dax/drivers/kmem/new_id",
/// "dax0.0")</c>. Paths may go through /sys/bus/dax/devices links and "..", as open() resolves them. Unknown paths
/// fail with ENOENT, files without write permission with EACCES, as the kernel's open does.
/// </summary>
public static class AttributeWriter
{
    public static WriteResult Write(DaxSystem system, string path, string value)
    {
        var view = SysfsView.Of(system);
        var real = Resolve(view, path);
        var entry = real is null ? null : view.Entries.FirstOrDefault(e => e.Path == real);
        if (entry is null) return Errno.ENOENT;
        if (entry.Kind != NodeKind.File || ((int)entry.Mode & 0b010_010_010) == 0 || entry.Declaration is null) return Errno.EACCES;
        var d = entry.Declaration;
        return entry.Owner switch
        {
            DaxDriver driver when d == DriverAttributes.NewId => system.NewId(driver, value),
            DaxDriver driver when d == DriverAttributes.RemoveId => system.RemoveId(driver, value),
            DaxDriver driver when d == DriverAttributes.Bind => system.Bind(driver, value),
            DaxDriver driver when d == DriverAttributes.Unbind => system.Unbind(driver, value),
            DaxDevice device when d == DeviceAttributes.Size => system.SetSize(device, value),
            DaxDevice device when d == DeviceAttributes.Align => DaxSystem.SetAlign(device, value),
            DaxDevice device when d == DeviceAttributes.Mapping => DaxSystem.SetMapping(device, value),
            DaxDevice device when d == DeviceAttributes.MemmapOnMemory => system.SetMemmapOnMemory(device, value),
            DaxRegion region when d == RegionAttributes.Create => system.Create(region, value),
            DaxRegion region when d == RegionAttributes.Delete => DaxSystem.Delete(region, value),
            MemoryBlock block when d == MemoryAttributes.State => system.SetState(block, value),
            DaxSystem when d == MemoryAttributes.AutoOnlineBlocks => system.SetAutoOnline(value),
            _ => Errno.EACCES,
        };
    }

    /// <summary>The real path: links on the way are followed and ".." folded, as the kernel's path walk does.</summary>
    private static string? Resolve(SysfsView view, string path, int depth = 0)
    {
        if (depth > 40) return null; // a loop of links, as ELOOP ends it
        var links = view.Entries.Where(e => e.Kind == NodeKind.Link).ToDictionary(e => e.Path, e => e.LinkTarget!, StringComparer.Ordinal);
        var done = "";
        var rest = new Queue<string>(path.Split('/', StringSplitOptions.RemoveEmptyEntries));
        while (rest.Count > 0)
        {
            var part = rest.Dequeue();
            if (part == "..")
            {
                if (done.Length == 0) return null;
                done = SysfsPaths.Parent(done);
                continue;
            }
            if (part == ".") continue;
            var next = $"{done}/{part}";
            if (links.TryGetValue(next, out var target))
            {
                var joined = SysfsPaths.Fold($"{done}/{target}");
                if (joined is null) return null;
                foreach (var remaining in rest) joined += "/" + remaining;
                return Resolve(view, joined, depth + 1);
            }
            done = next;
        }
        return rest.Count == 0 ? done : null;
    }
}
