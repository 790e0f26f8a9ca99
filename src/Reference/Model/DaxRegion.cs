namespace AbiTool.Reference.Model;

/// <summary>
/// A dax region: a physical range handed out to its devices. Dynamic regions (hmem, CXL) can be carved into several
/// devices of any size; a static region (pmem) has exactly one device owning all of it.
/// </summary>
public sealed class DaxRegion(int id, RegionKind kind, AddressRange range, ulong align, int targetNode, int numaNode, string parentPath)
{
    public int Id { get; } = id;

    public RegionKind Kind { get; } = kind;

    public bool IsStatic => Kind == RegionKind.Pmem;

    public AddressRange Range { get; } = range;

    public ulong Start => Range.Start;

    public ulong Size => Range.Length;

    public ulong Align { get; } = align;

    /// <summary>The node kmem adds the memory to; -1 when the platform named none.</summary>
    public int TargetNode { get; } = targetNode;

    /// <summary>The node of the device the region hangs off; -1 when none.</summary>
    public int NumaNode { get; } = numaNode;

    /// <summary>The sysfs path of the device that registered the region (it holds dax_region/ and the dax devices).</summary>
    public string ParentPath { get; } = parentPath;

    public string RegionPath => ParentPath + "/dax_region";

    /// <summary>
    /// hmem's region_idle: the region is not flagged for kmem, so its devices go to device_dax, and its first device
    /// starts with size 0 for an administrator to partition.
    /// </summary>
    public bool Idle { get; init; }

    /// <summary>Whether the device holding the region has its driver; without it size and align writes fail with ENXIO.</summary>
    public bool ParentHasDriver { get; set; } = true;

    /// <summary>CXL regions hang off a dax_regionN device below the CXL region; the others off hmem.N or a namespace.</summary>
    public bool IsCxl => Kind == RegionKind.Cxl;

    public List<DaxDevice> Devices { get; } = [];

    /// <summary>
    /// The first device made by a 'create' write that has not been bound since (create_store sets it, a successful
    /// probe or a delete clears it); the device a region starts with is never the seed.
    /// </summary>
    public DaxDevice? Seed { get; internal set; }

    /// <summary>The device the last 'create' write made, until it is deleted.</summary>
    public DaxDevice? Youngest { get; internal set; }

    public ulong Allocated => Devices.Aggregate(0UL, (sum, d) => sum + d.Size);

    public ulong Available => Size - Allocated;

    /// <summary>Every range a device owns, in address order, with its owner.</summary>
    public List<(DaxDevice Device, DaxMapping Mapping)> Owned() =>
        [.. Devices.SelectMany(d => d.Mappings.Select(m => (d, m))).OrderBy(x => x.m.Range.Start)];

    /// <summary>The free gaps, in address order.</summary>
    public List<AddressRange> FreeRanges()
    {
        var gaps = new List<AddressRange>();
        var at = Start;
        foreach (var (_, mapping) in Owned())
        {
            if (mapping.Range.Start > at) gaps.Add(new AddressRange(at, mapping.Range.Start - at));
            at = mapping.Range.End + 1;
        }
        if (at <= Range.End) gaps.Add(new AddressRange(at, Range.End - at + 1));
        return gaps;
    }

    /// <summary>The smallest device id not in use.</summary>
    internal int NextDeviceId()
    {
        var id = 0;
        while (Devices.Any(d => d.Id == id)) id++;
        return id;
    }

    public DaxDevice? Find(string name) => Devices.FirstOrDefault(d => d.Name == name);
}
