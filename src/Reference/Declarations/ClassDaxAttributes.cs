namespace AbiTool.Reference.Declarations;

/// <summary>
/// The obsolete /sys/class/dax layout (v4.7 to v5.0, and CONFIG_DEV_DAX_PMEM_COMPAT until v5.16): pmem devices only,
/// so every size-like file is read-only.
/// </summary>
public static class ClassDaxAttributes
{
    /// <summary>v5.16, the last kernel with CONFIG_DEV_DAX_PMEM_COMPAT.</summary>
    public static readonly Version LastKernel = new(5, 16);

    public static readonly AttributeDeclaration Root =
        new AttributeDeclaration("/sys/class/dax/", "0755", AttributeOwner.ClassRoot, ValueFormat.None, NodeKind.Directory) { Until = LastKernel };

    public static readonly AttributeDeclaration Dev =
        new AttributeDeclaration("/sys/class/dax/daxX.Y/dev", "0444", AttributeOwner.ClassDevice, ValueFormat.DeviceNumber) { Until = LastKernel };

    public static readonly AttributeDeclaration Size =
        new AttributeDeclaration("/sys/class/dax/daxX.Y/size", "0444", AttributeOwner.ClassDevice, ValueFormat.Decimal) { Until = LastKernel };

    public static readonly AttributeDeclaration Device =
        new AttributeDeclaration("/sys/class/dax/daxX.Y/device", "0777", AttributeOwner.ClassDevice, ValueFormat.None, NodeKind.Link) { Until = LastKernel };

    /// <summary>The region's group on the parent device, on the libnvdimm dax device the 'device' link points to.</summary>
    public static readonly AttributeDeclaration RegionId =
        new AttributeDeclaration("/sys/devices/.../daxX.Y/dax_region/id", "0444", AttributeOwner.ClassRegion, ValueFormat.Decimal) { Until = LastKernel };

    public static readonly AttributeDeclaration RegionSize =
        new AttributeDeclaration("/sys/devices/.../daxX.Y/dax_region/size", "0444", AttributeOwner.ClassRegion, ValueFormat.Decimal) { Until = LastKernel };

    public static readonly AttributeDeclaration RegionAlign =
        new AttributeDeclaration("/sys/devices/.../daxX.Y/dax_region/align", "0400", AttributeOwner.ClassRegion, ValueFormat.Decimal) { Until = LastKernel };

    public static readonly AttributeDeclaration Modalias =
        new AttributeDeclaration("/sys/class/dax/daxX.Y/modalias", "0444", AttributeOwner.ClassDevice, ValueFormat.Word) { Until = LastKernel, Words = ["dax:t0"] };

    public static readonly AttributeDeclaration TargetNode =
        new AttributeDeclaration("/sys/class/dax/daxX.Y/target_node", "0444", AttributeOwner.ClassDevice, ValueFormat.Decimal) { Until = LastKernel };

    public static readonly AttributeDeclaration Resource =
        new AttributeDeclaration("/sys/class/dax/daxX.Y/resource", "0400", AttributeOwner.ClassDevice, ValueFormat.Hex) { Until = LastKernel };

    public static readonly AttributeDeclaration NumaNode =
        new AttributeDeclaration("/sys/class/dax/daxX.Y/numa_node", "0444", AttributeOwner.ClassDevice, ValueFormat.Decimal) { Until = LastKernel };

    public static readonly AttributeDeclaration Align =
        new AttributeDeclaration("/sys/class/dax/daxX.Y/align", "0444", AttributeOwner.ClassDevice, ValueFormat.Decimal) { Until = LastKernel };

    public static readonly AttributeDeclaration MappingStart =
        new AttributeDeclaration("/sys/class/dax/daxX.Y/mapping[0..N]/start", "0400", AttributeOwner.ClassMapping, ValueFormat.Hex) { Until = LastKernel };

    public static readonly AttributeDeclaration MappingEnd =
        new AttributeDeclaration("/sys/class/dax/daxX.Y/mapping[0..N]/end", "0400", AttributeOwner.ClassMapping, ValueFormat.Hex) { Until = LastKernel };

    public static readonly AttributeDeclaration MappingPageOffset =
        new AttributeDeclaration("/sys/class/dax/daxX.Y/mapping[0..N]/page_offset", "0400", AttributeOwner.ClassMapping, ValueFormat.Hex) { Until = LastKernel };
}
