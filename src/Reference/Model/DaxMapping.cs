namespace AbiTool.Reference.Model;

/// <summary>One contiguous piece of a device (a mappingN child): its id N, its range and its page offset in the device.</summary>
public sealed class DaxMapping(int id, AddressRange range, ulong pageOffset)
{
    public int Id { get; } = id;

    public AddressRange Range { get; internal set; } = range;

    /// <summary>Where the piece starts inside the device, in base pages.</summary>
    public ulong PageOffset { get; } = pageOffset;
}
