namespace AbiTool.Reference.Model;

/// <summary>Where a region's capacity comes from, which decides whether it is static and which driver it is meant for.</summary>
public enum RegionKind
{
    /// <summary>Soft-reserved memory (hmem): dynamic, meant for kmem.</summary>
    Hmem,

    /// <summary>A CXL RAM region: dynamic, meant for kmem.</summary>
    Cxl,

    /// <summary>A libnvdimm pmem namespace: static (one device owns it all), meant for device_dax.</summary>
    Pmem,
}
