namespace AbiTool.Reference.Model;

/// <summary>A dax bus driver (device_dax or kmem) with its new_id match list.</summary>
public sealed class DaxDriver(string name)
{
    public const string DeviceDax = "device_dax";
    public const string Kmem = "kmem";

    public string Name { get; } = name;

    /// <summary>Device names added through new_id.</summary>
    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The bus's match (dax_bus_match): a name in the list, or (since v6.3, dax_match_type) a device of a region meant
    /// for this driver; a kernel built without kmem sends every device to device_dax. Before v6.3
    /// (<paramref name="legacy"/>) device_dax matched every device and kmem only the names in its list.
    /// </summary>
    public bool Matches(DaxDevice device, bool legacy = false, bool kmemBuilt = true) =>
        Ids.Contains(device.Name) || (legacy || !kmemBuilt ? Name == DeviceDax : MeantFor(device.Region) == Name);

    /// <summary>hmem and CXL regions are kmem's unless hmem was loaded with region_idle; pmem regions are device_dax's.</summary>
    public static string MeantFor(DaxRegion region) => region.Kind is RegionKind.Pmem || region.Idle ? DeviceDax : Kmem;
}
