namespace AbiTool.Reference.Declarations;

/// <summary>The model object an attribute belongs to: one instance of the attribute per instance of the owner.</summary>
public enum AttributeOwner
{
    /// <summary>/sys/bus/dax itself.</summary>
    Bus,

    /// <summary>/sys/module/&lt;module&gt; of a dax driver's module.</summary>
    Module,

    /// <summary>/sys/bus/dax/drivers/&lt;driver&gt;.</summary>
    Driver,

    /// <summary>The dax_region/ folder of a region's parent device.</summary>
    Region,

    /// <summary>A daxX.Y device of the bus.</summary>
    Device,

    /// <summary>A mappingN child of a device.</summary>
    Mapping,

    /// <summary>/sys/devices/system/memory.</summary>
    MemoryRoot,

    /// <summary>/sys/devices/system/memory/memoryN.</summary>
    MemoryBlock,

    /// <summary>/sys/devices/system/node.</summary>
    NodeRoot,

    /// <summary>/sys/devices/system/node/nodeN.</summary>
    Node,

    /// <summary>A memoryY link of a node.</summary>
    NodeMemoryLink,

    /// <summary>/sys/class/dax, the compat layout before v5.17.</summary>
    ClassRoot,

    /// <summary>/sys/class/dax/daxX.Y in the compat layout.</summary>
    ClassDevice,

    /// <summary>A mappingN child of a compat class device.</summary>
    ClassMapping,

    /// <summary>The dax_region/ folder of a compat class device's parent.</summary>
    ClassRegion,
}
