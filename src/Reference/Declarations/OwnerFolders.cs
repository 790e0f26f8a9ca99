namespace AbiTool.Reference.Declarations;

/// <summary>The What of each owner's folder: a declaration's What is its owner's folder and the node's path below it.</summary>
public static class OwnerFolders
{
    public static string WhatOf(AttributeOwner owner) => owner switch
    {
        AttributeOwner.Bus => "/sys/bus/dax",
        AttributeOwner.Driver => "/sys/bus/dax/drivers/<driver>",
        AttributeOwner.Module => "/sys/module/<module>",
        AttributeOwner.Region => "$(readlink -f /sys/bus/dax/devices/daxX.Y)/../dax_region",
        AttributeOwner.Device => "/sys/bus/dax/devices/daxX.Y",
        AttributeOwner.Mapping => "/sys/bus/dax/devices/daxX.Y/mapping[0..N]",
        AttributeOwner.MemoryRoot => "/sys/devices/system/memory",
        AttributeOwner.MemoryBlock => "/sys/devices/system/memory/memoryX",
        AttributeOwner.NodeRoot => "/sys/devices/system/node",
        AttributeOwner.Node => "/sys/devices/system/node/nodeX",
        AttributeOwner.NodeMemoryLink => "/sys/devices/system/node/nodeX/memoryY",
        AttributeOwner.ClassRoot => "/sys/class/dax",
        AttributeOwner.ClassDevice => "/sys/class/dax/daxX.Y",
        AttributeOwner.ClassMapping => "/sys/class/dax/daxX.Y/mapping[0..N]",
        AttributeOwner.ClassRegion => "/sys/devices/.../daxX.Y/dax_region",
        _ => throw new ArgumentOutOfRangeException(nameof(owner), owner, null),
    };
}
