namespace AbiTool.Reference.Model;

/// <summary>A physical address range: its first byte and its length (never 0).</summary>
public readonly record struct AddressRange(ulong Start, ulong Length)
{
    /// <summary>The last byte, inclusive, as sysfs prints it.</summary>
    public ulong End => Start + Length - 1;

    public bool Overlaps(AddressRange other) => Start <= other.End && other.Start <= End;

    public bool Contains(AddressRange other) => other.Start >= Start && other.End <= End;

    public override string ToString() => $"0x{Start:x}-0x{End:x}";
}
