namespace AbiTool.Reference.Model;

/// <summary>A daxX.Y device: the capacity its region gave it, as mappings in device order, and the driver bound to it.</summary>
public sealed class DaxDevice(DaxRegion region, int id, int minor)
{
    public DaxRegion Region { get; } = region;

    public int Id { get; } = id;

    public string Name => $"dax{Region.Id}.{Id}";

    /// <summary>The minor number of /dev/daxX.Y (the major is the system's).</summary>
    public int Minor { get; } = minor;

    public ulong Align { get; internal set; } = region.Align;

    public bool MemmapOnMemory { get; internal set; }

    /// <summary>The pieces in device order: page_offset grows along the list.</summary>
    public List<DaxMapping> Mappings { get; } = [];

    public DaxDriver? Driver { get; internal set; }

    public ulong Size => Mappings.Aggregate(0UL, (sum, m) => sum + m.Range.Length);

    /// <summary>The first range's start, or the region's while the device owns nothing.</summary>
    public ulong Resource => Mappings.Count > 0 ? Mappings[0].Range.Start : Region.Start;

    /// <summary>The smallest mapping id not in use, as an ida hands them out.</summary>
    internal int NextMappingId()
    {
        var id = 0;
        while (Mappings.Any(m => m.Id == id)) id++;
        return id;
    }
}
