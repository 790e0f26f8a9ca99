namespace AbiTool.Reference.Declarations;

/// <summary>The memory-block files kmem's hot-plug creates and daxctl reads and writes.</summary>
public static class MemoryAttributes
{
    /// <summary>The zone names a block can be in (valid_zones prints one or several).</summary>
    public static readonly IReadOnlyList<string> Zones = ["DMA", "DMA32", "Normal", "Movable", "Device", "none"];

    public static readonly AttributeDeclaration BlockSizeBytes =
        new AttributeDeclaration("/sys/devices/system/memory/block_size_bytes", "0444", AttributeOwner.MemoryRoot, ValueFormat.BareHex);

    public static readonly AttributeDeclaration AutoOnlineBlocks =
        new AttributeDeclaration("/sys/devices/system/memory/auto_online_blocks", "0644", AttributeOwner.MemoryRoot, ValueFormat.Word)
        {
            Words = ["offline", "online", "online_kernel", "online_movable"],
        };

    public static readonly AttributeDeclaration Block =
        new AttributeDeclaration("/sys/devices/system/memory/memoryX", "0755", AttributeOwner.MemoryBlock, ValueFormat.None, NodeKind.Directory);

    public static readonly AttributeDeclaration State =
        new AttributeDeclaration("/sys/devices/system/memory/memoryX/state", "0644", AttributeOwner.MemoryBlock, ValueFormat.Word)
        {
            Words = ["online", "offline", "going-offline"],
        };

    public static readonly AttributeDeclaration PhysIndex =
        new AttributeDeclaration("/sys/devices/system/memory/memoryX/phys_index", "0444", AttributeOwner.MemoryBlock, ValueFormat.PaddedHex);

    public static readonly AttributeDeclaration ValidZones =
        new AttributeDeclaration("/sys/devices/system/memory/memoryX/valid_zones", "0444", AttributeOwner.MemoryBlock, ValueFormat.Word)
        {
            Words = Zones,
        };
}
