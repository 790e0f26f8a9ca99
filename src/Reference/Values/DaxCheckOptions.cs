namespace AbiTool.Reference.Values;

/// <summary>What the value checks know beyond the sysfs tree itself.</summary>
public sealed record DaxCheckOptions
{
    /// <summary>The kernel the tree comes from (<c>--kernel</c>, or a fixture's manifest); null when unknown.</summary>
    public Version? Kernel { get; init; }

    /// <summary>
    /// The number of a /dev node (/dev/daxX.Y), or null when there is no such node; null itself when /dev cannot be
    /// seen (a tree copied without it), and then the nodes are not checked.
    /// </summary>
    public Func<string, (int Major, int Minor)?>? DevNode { get; init; }
}
