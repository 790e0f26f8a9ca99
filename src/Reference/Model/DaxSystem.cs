namespace AbiTool.Reference.Model;

/// <summary>
/// The whole reference machine: dax regions and devices, the two dax drivers, NUMA nodes and hot-plugged memory
/// blocks. Operations follow the kernel's rules (drivers/dax/bus.c, kmem.c) and fail with its errnos; the sysfs
/// files are a view of this state (<see cref="View.SysfsView"/>) and writes to them land here
/// (<see cref="View.AttributeWriter"/>).
/// </summary>
public sealed class DaxSystem
{
    public const ulong PageSize = 4096;

    /// <summary>The smallest step a size may change by (the memory subsection on x86_64).</summary>
    public const ulong MinimumAlign = 2UL << 20;

    public const ulong PudSize = 1UL << 30;

    /// <param name="blockSize">block_size_bytes, a power of two.</param>
    /// <param name="charMajor">The major number of the /dev/daxX.Y nodes.</param>
    /// <param name="kmem">Whether the kernel has the kmem driver (CONFIG_DEV_DAX_KMEM); without it device_dax takes every device.</param>
    public DaxSystem(ulong blockSize = 128UL << 20, int charMajor = 252, bool kmem = true)
    {
        if (blockSize == 0 || (blockSize & (blockSize - 1)) != 0) throw new ArgumentException($"block size {blockSize} is not a power of two");
        BlockSize = blockSize;
        CharMajor = charMajor;
        var drivers = new Dictionary<string, DaxDriver>(StringComparer.Ordinal) { [DaxDriver.DeviceDax] = new DaxDriver(DaxDriver.DeviceDax) };
        if (kmem) drivers[DaxDriver.Kmem] = new DaxDriver(DaxDriver.Kmem);
        Drivers = drivers;
    }

    /// <summary>v6.3 brought matching by region type and the CXL dax regions (drivers/dax/cxl.c).</summary>
    public static readonly Version TypeMatchingSince = new(6, 3);

    public static readonly Version CxlRegionsSince = new(6, 3);

    /// <summary>The oldest kernel the model covers (v5.10 made size, align and mapping writable).</summary>
    public static readonly Version OldestKernel = new(5, 10);

    /// <summary>block_size_bytes.</summary>
    public ulong BlockSize { get; }

    public int CharMajor { get; }

    /// <summary>auto_online_blocks: offline, online, online_kernel or online_movable.</summary>
    public string AutoOnline { get; internal set; } = "offline";

    /// <summary>The compat layout of v5.1 to v5.16: static (pmem) devices on /sys/class/dax, not on the bus.</summary>
    public bool ClassLayout { get; init; }

    /// <summary>Whether the kernel can put the memmap on hot-plugged memory (CONFIG_MHP_MEMMAP_ON_MEMORY and the boot option).</summary>
    public bool MemmapOnMemorySupported { get; init; }

    /// <summary>The kernel the model behaves like (v5.10 and later): v6.3 changed driver matching, v6.8 added memmap_on_memory.</summary>
    public Version Kernel { get; init; } = new(6, 12);

    /// <summary>Before v6.3 device_dax matched every device and kmem only the names given to new_id.</summary>
    public bool LegacyMatching => Kernel < TypeMatchingSince;

    public bool HasMemmapOnMemory => Declarations.DeviceAttributes.MemmapOnMemory.ExistsIn(Kernel);

    /// <summary>Whether the kernel has the kmem driver.</summary>
    public bool HasKmem => Drivers.ContainsKey(DaxDriver.Kmem);

    /// <summary>The one home of the bus's match for this kernel.</summary>
    public bool Matches(DaxDriver driver, DaxDevice device) => driver.Matches(device, LegacyMatching, HasKmem);

    public IReadOnlyDictionary<string, DaxDriver> Drivers { get; }

    public List<NumaNode> Nodes { get; } = [];

    public List<DaxRegion> Regions { get; } = [];

    public SortedDictionary<ulong, MemoryBlock> Blocks { get; } = [];

    /// <summary>The blocks kmem added for each device it is bound to, one list per mapping it could hot-add.</summary>
    private readonly Dictionary<DaxDevice, List<List<ulong>>> kmemBlocks = [];

    private int nextMinor;

    public IEnumerable<DaxDevice> Devices => Regions.SelectMany(r => r.Devices);

    public DaxDevice? FindDevice(string name) => Devices.FirstOrDefault(d => d.Name == name);

    /// <summary>Whether a device is on the bus (in the compat layout static devices are class devices instead).</summary>
    public bool OnBus(DaxDevice device) => !(ClassLayout && device.Region.IsStatic);

    /// <summary>A node is online when it has CPUs or memory (at boot, or hot-added by kmem).</summary>
    public bool IsOnline(int node) =>
        Nodes.Any(n => n.Id == node && (n.Cpus.Length > 0 || n.BootMemoryBytes > 0)) || Blocks.Values.Any(b => b.Node == node);

    public IEnumerable<int> OnlineNodes => Nodes.Select(n => n.Id).Where(IsOnline);

    public DaxRegion AddRegion(int id, RegionKind kind, AddressRange range, ulong align, int targetNode, int numaNode, string parentPath, bool idle = false)
    {
        var region = new DaxRegion(id, kind, range, align, targetNode, numaNode, parentPath) { Idle = idle };
        Regions.Add(region);
        return region;
    }

    /// <summary>A new device of size 0 (the kernel's devm_create_dev_dax with no range).</summary>
    public DaxDevice AddDevice(DaxRegion region, int? id = null)
    {
        var device = new DaxDevice(region, id ?? region.NextDeviceId(), nextMinor++);
        region.Devices.Add(device);
        return device;
    }

    // ---- the dax bus: ids, bind, unbind ----

    public WriteResult NewId(DaxDriver driver, string text)
    {
        if (!KernelParse.IsDeviceName(text)) return Errno.EINVAL;
        driver.Ids.Add(KernelParse.Chomp(text));
        // driver_attach: every unbound device the driver now matches is probed; probe failures are not reported here.
        foreach (var device in Devices.Where(d => OnBus(d) && d.Driver is null && Matches(driver, d)).ToList()) Probe(driver, device);
        return WriteResult.Ok;
    }

    public WriteResult RemoveId(DaxDriver driver, string text)
    {
        if (!KernelParse.IsDeviceName(text)) return Errno.EINVAL;
        driver.Ids.Remove(KernelParse.Chomp(text));
        return WriteResult.Ok;
    }

    public WriteResult Bind(DaxDriver driver, string text)
    {
        var device = FindDevice(KernelParse.Chomp(text));
        if (device is null || !OnBus(device) || !Matches(driver, device)) return Errno.ENODEV;
        if (device.Driver is not null) return Errno.EBUSY;
        return Probe(driver, device);
    }

    public WriteResult Unbind(DaxDriver driver, string text)
    {
        var device = FindDevice(KernelParse.Chomp(text));
        if (device is null || device.Driver != driver) return Errno.ENODEV;
        Remove(device);
        return WriteResult.Ok;
    }

    /// <summary>The bus's probe, then the driver's.</summary>
    private WriteResult Probe(DaxDriver driver, DaxDevice device)
    {
        if (device.Size == 0) return Errno.ENXIO;
        if (driver.Name == DaxDriver.Kmem && KmemProbe(device) is { } error) return error;
        device.Driver = driver;
        if (!device.Region.IsStatic && device.Region.Seed == device) device.Region.Seed = null;
        return WriteResult.Ok;
    }

    /// <summary>kmem hot-adds each range, trimmed inward to whole memory blocks, to the target node.</summary>
    private Errno? KmemProbe(DaxDevice device)
    {
        var node = device.Region.TargetNode;
        if (node < 0) return Errno.EINVAL;
        // Each range trimmed inward to whole blocks (dax_kmem_range); a range left with no whole block is skipped.
        var ranges = device.Mappings.Select(BlockIndexes).Where(r => r.Count > 0).ToList();
        if (ranges.Count == 0) return Errno.EINVAL;
        if (ranges.SelectMany(r => r).Any(Blocks.ContainsKey)) return Errno.EBUSY; // still there from an unbind that could not remove it
        foreach (var index in ranges.SelectMany(r => r))
        {
            var block = new MemoryBlock(index, node);
            Blocks[index] = block;
            if (AutoOnline != "offline") Online(block, AutoOnline);
        }
        kmemBlocks[device] = ranges;
        return null;
    }

    /// <summary>The whole memory blocks inside a mapping: its range trimmed inward to block boundaries.</summary>
    public List<ulong> BlockIndexes(DaxMapping mapping) => [.. WholeBlocks(mapping.Range, BlockSize)];

    /// <summary>The numbers of the blocks wholly inside a range (dax_kmem_range's inward trim).</summary>
    public static IEnumerable<ulong> WholeBlocks(AddressRange range, ulong blockSize)
    {
        var first = (range.Start + blockSize - 1) / blockSize;
        var end = (range.End + 1) / blockSize; // exclusive
        for (var index = first; index < end; index++) yield return index;
    }

    /// <summary>
    /// Unbinding kmem removes its memory range by range, as dev_dax_kmem_remove does: a range goes only as a whole,
    /// so one block of it still online keeps every block of that range (offline ones too) until the next boot. The
    /// unbind itself always succeeds.
    /// </summary>
    private void Remove(DaxDevice device)
    {
        if (device.Driver?.Name == DaxDriver.Kmem && kmemBlocks.Remove(device, out var ranges))
        {
            foreach (var range in ranges.Where(r => r.All(index => !Blocks[index].Online)))
            {
                foreach (var index in range) Blocks.Remove(index);
            }
        }
        device.Driver = null;
    }

    /// <summary>Binds without going through a write (scenario loading): ENODEV when the driver does not match, else the probe's error.</summary>
    public WriteResult Attach(DaxDriver driver, DaxDevice device) =>
        device.Driver is not null ? Errno.EBUSY : !Matches(driver, device) ? Errno.ENODEV : Probe(driver, device);

    public IReadOnlyList<ulong> BlocksOf(DaxDevice device) => [.. (kmemBlocks.GetValueOrDefault(device) ?? []).SelectMany(r => r)];

    // ---- memory blocks ----

    public WriteResult SetAutoOnline(string text)
    {
        var word = KernelParse.Chomp(text);
        if (word is not ("offline" or "online" or "online_kernel" or "online_movable")) return Errno.EINVAL;
        AutoOnline = word;
        return WriteResult.Ok;
    }

    public WriteResult SetState(MemoryBlock block, string text)
    {
        var word = KernelParse.Chomp(text);
        switch (word)
        {
            case "online" or "online_kernel" or "online_movable":
                if (block.Online) return Errno.EINVAL;
                Online(block, word);
                return WriteResult.Ok;
            case "offline":
                if (!block.Online) return Errno.EINVAL;
                block.Online = false;
                return WriteResult.Ok;
            default:
                return Errno.EINVAL;
        }
    }

    private static void Online(MemoryBlock block, string how)
    {
        block.Online = true;
        block.Zone = how == "online_movable" ? "Movable" : "Normal";
    }

    // ---- device attributes ----

    /// <summary>Whether a size or range length is a multiple of the device's alignment (at least the subsection).</summary>
    public static bool IsAligned(DaxDevice device, ulong length) => length % Math.Max(device.Align, MinimumAlign) == 0;

    public static bool IsValidAlign(ulong align) => align is PageSize or MinimumAlign or PudSize;

    public WriteResult SetSize(DaxDevice device, string text)
    {
        // size_store's order: the number, its alignment, the region's parent driver, then dev_dax_resize's checks.
        if (!KernelParse.TryUnsigned(text, out var size)) return Errno.EINVAL;
        if (!IsAligned(device, size)) return Errno.EINVAL;
        if (!device.Region.ParentHasDriver) return Errno.ENXIO;
        if (device.Driver is not null) return Errno.EBUSY;
        var region = device.Region;
        if (size > device.Size && size - device.Size > region.Available) return Errno.ENOSPC;
        if (size < device.Size) Shrink(device, device.Size - size);
        else Grow(device, size - device.Size);
        return WriteResult.Ok;
    }

    /// <summary>Hands capacity back starting with the range added last.</summary>
    private static void Shrink(DaxDevice device, ulong by)
    {
        while (by > 0)
        {
            var last = device.Mappings[^1];
            if (last.Range.Length <= by)
            {
                by -= last.Range.Length;
                device.Mappings.RemoveAt(device.Mappings.Count - 1);
            }
            else
            {
                last.Range = last.Range with { Length = last.Range.Length - by };
                by = 0;
            }
        }
    }

    /// <summary>First fit in address order; a gap right after the device's last range extends that range.</summary>
    private static void Grow(DaxDevice device, ulong by)
    {
        while (by > 0)
        {
            var gap = device.Region.FreeRanges()[0];
            var take = Math.Min(gap.Length, by);
            if (device.Mappings.Count > 0 && device.Mappings[^1].Range.End + 1 == gap.Start)
            {
                var last = device.Mappings[^1];
                last.Range = last.Range with { Length = last.Range.Length + take };
            }
            else
            {
                AddRange(device, new AddressRange(gap.Start, take));
            }
            by -= take;
        }
    }

    private static void AddRange(DaxDevice device, AddressRange range) =>
        device.Mappings.Add(new DaxMapping(device.NextMappingId(), range, device.Size / PageSize));

    /// <summary>Gives the device one given range (the mapping file, and scenario loading).</summary>
    public static WriteResult AddMapping(DaxDevice device, AddressRange range)
    {
        if (!IsAligned(device, range.Length)) return WriteResult.Ok; // the kernel accepts the write and does nothing
        if (!device.Region.Range.Contains(range) || device.Region.Owned().Any(o => o.Mapping.Range.Overlaps(range))) return Errno.ENOMEM;
        AddRange(device, range);
        return WriteResult.Ok;
    }

    public static WriteResult SetMapping(DaxDevice device, string text)
    {
        if (!KernelParse.TryRange(text, out var start, out var end) || end < start) return Errno.EINVAL;
        return AddMapping(device, new AddressRange(start, end - start + 1));
    }

    /// <summary>align_store's order: an unreadable number is ENXIO, an align the kernel never allows EINVAL, then the parent's driver and the device's.</summary>
    public static WriteResult SetAlign(DaxDevice device, string text)
    {
        if (!KernelParse.TryUnsigned(text, out var align)) return Errno.ENXIO;
        if (!IsValidAlign(align)) return Errno.EINVAL;
        if (!device.Region.ParentHasDriver) return Errno.ENXIO;
        if (device.Driver is not null) return Errno.EBUSY;
        var saved = device.Align;
        device.Align = align;
        if (device.Mappings.All(m => IsAligned(device, m.Range.Length))) return WriteResult.Ok;
        device.Align = saved;
        return Errno.EINVAL;
    }

    public WriteResult SetMemmapOnMemory(DaxDevice device, string text)
    {
        if (!KernelParse.TryBoolean(text, out var value)) return Errno.EINVAL;
        if (value && !MemmapOnMemorySupported) return Errno.EOPNOTSUPP;
        if (value != device.MemmapOnMemory && device.Driver?.Name == DaxDriver.Kmem) return Errno.EBUSY;
        device.MemmapOnMemory = value;
        return WriteResult.Ok;
    }

    // ---- region attributes ----

    public WriteResult Create(DaxRegion region, string text)
    {
        if (region.IsStatic) return Errno.EINVAL;
        if (!KernelParse.TryUnsigned(text, out var value) || value != 1) return Errno.EINVAL;
        if (region.Available == 0) return Errno.ENOSPC;
        var device = AddDevice(region);
        region.Seed ??= device;
        region.Youngest = device;
        return WriteResult.Ok;
    }

    public static WriteResult Delete(DaxRegion region, string text)
    {
        var device = region.Find(KernelParse.Chomp(text));
        if (device is null) return Errno.ENXIO;
        if (device.Driver is not null || device.Size != 0 || device.Id == 0) return Errno.EBUSY;
        region.Devices.Remove(device);
        if (region.Seed == device) region.Seed = null;
        if (region.Youngest == device) region.Youngest = null;
        return WriteResult.Ok;
    }
}
