namespace AbiTool.Reference.Model;

/// <summary>A dax bus driver (device_dax or kmem) with its new_id match list.</summary>
public sealed class DaxDriver(string name)
{
    public const string DeviceDax = "device_dax";
    public const string Kmem = "kmem";

    public string Name { get; } = name;

    /// <summary>Device names added through new_id.</summary>
    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>The bus's match: a name in the list, or a device of a region meant for this driver (since v6.3).</summary>
    public bool Matches(DaxDevice device) => Ids.Contains(device.Name) || MeantFor(device.Region.Kind) == Name;

    public static string MeantFor(RegionKind kind) => kind is RegionKind.Pmem ? DeviceDax : Kmem;
}
