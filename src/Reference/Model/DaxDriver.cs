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
    /// The bus's match: a name in the list, or (since v6.3) a device of a region meant for this driver. Before v6.3
    /// (<paramref name="legacy"/>) device_dax matched every device and kmem only the names in its list.
    /// </summary>
    public bool Matches(DaxDevice device, bool legacy = false) =>
        Ids.Contains(device.Name) || (legacy ? Name == DeviceDax : MeantFor(device.Region.Kind) == Name);

    public static string MeantFor(RegionKind kind) => kind is RegionKind.Pmem ? DeviceDax : Kmem;
}
