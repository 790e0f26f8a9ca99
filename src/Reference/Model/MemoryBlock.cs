namespace AbiTool.Reference.Model;

/// <summary>A hot-plugged memory block (memoryN): its number, node and state.</summary>
public sealed class MemoryBlock(ulong index, int node)
{
    /// <summary>The block number: physical address / block_size_bytes.</summary>
    public ulong Index { get; } = index;

    public int Node { get; } = node;

    public bool Online { get; internal set; }

    /// <summary>The zone while online ("Movable", "Normal").</summary>
    public string Zone { get; internal set; } = "Normal";

    public string State => Online ? "online" : "offline";

    /// <summary>For an online block its zone; for an offline one the zones a plain "online" could pick, that one first.</summary>
    public string ValidZones => Online ? Zone : "Normal Movable";
}
