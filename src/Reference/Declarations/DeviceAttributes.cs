namespace AbiTool.Reference.Declarations;

/// <summary>The attributes of a daxX.Y device of the dax bus (drivers/dax/bus.c) and its mappingN children.</summary>
public static class DeviceAttributes
{
    public static readonly AttributeDeclaration Modalias =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/modalias", "0444", AttributeOwner.Device, ValueFormat.Word) { Words = ["dax:t0"] };

    /// <summary>Writable in dynamic regions only; static regions (pmem) show it read-only.</summary>
    public static readonly AttributeDeclaration Size =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/size", "0644", AttributeOwner.Device, ValueFormat.Decimal) { StaticMode = "0444" };

    public static readonly AttributeDeclaration Align =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/align", "0644", AttributeOwner.Device, ValueFormat.Decimal) { StaticMode = "0444" };

    /// <summary>Hidden in static regions.</summary>
    public static readonly AttributeDeclaration Mapping =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/mapping", "0200", AttributeOwner.Device, ValueFormat.WriteOnly);

    public static readonly AttributeDeclaration MappingStart =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/mapping[0..N]/start", "0400", AttributeOwner.Mapping, ValueFormat.Hex);

    public static readonly AttributeDeclaration MappingEnd =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/mapping[0..N]/end", "0400", AttributeOwner.Mapping, ValueFormat.Hex);

    public static readonly AttributeDeclaration MappingPageOffset =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/mapping[0..N]/page_offset", "0400", AttributeOwner.Mapping, ValueFormat.Hex);

    public static readonly AttributeDeclaration Resource =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/resource", "0400", AttributeOwner.Device, ValueFormat.Hex);

    public static readonly AttributeDeclaration NumaNode =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/numa_node", "0444", AttributeOwner.Device, ValueFormat.Decimal);

    /// <summary>Hidden when the region has no target node.</summary>
    public static readonly AttributeDeclaration TargetNode =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/target_node", "0444", AttributeOwner.Device, ValueFormat.Decimal);

    public static readonly AttributeDeclaration MemmapOnMemory =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/memmap_on_memory", "0644", AttributeOwner.Device, ValueFormat.Boolean) { Since = new(6, 8) };

    /// <summary>Made by the driver core for every device with a device number.</summary>
    public static readonly AttributeDeclaration Dev =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/dev", "0444", AttributeOwner.Device, ValueFormat.DeviceNumber);

    /// <summary>Present while a driver is bound.</summary>
    public static readonly AttributeDeclaration Driver =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/driver", "0777", AttributeOwner.Device, ValueFormat.None, NodeKind.Link);

    public static readonly AttributeDeclaration Subsystem =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/subsystem", "0777", AttributeOwner.Device, ValueFormat.None, NodeKind.Link);
}
