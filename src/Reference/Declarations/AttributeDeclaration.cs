namespace AbiTool.Reference.Declarations;

/// <summary>
/// One sysfs node the reference model exposes: the What that documents it (exactly as written in abi/), its octal
/// mode, the model object it belongs to and how its value is written. Declared once, in this folder; the renderer,
/// the value checks, the docs test and the Roslyn surface command all read these.
/// </summary>
/// <param name="What">The What string, exactly as in abi/.</param>
/// <param name="Mode">Octal permission bits as the kernel creates the node ("0444", "0644", "0200").</param>
/// <param name="Owner">The model object one instance of the node belongs to.</param>
/// <param name="Format">How the value reads.</param>
/// <param name="Kind">File, directory or symbolic link.</param>
public sealed record AttributeDeclaration(
    string What, string Mode, AttributeOwner Owner, ValueFormat Format, NodeKind Kind = NodeKind.File)
{
    /// <summary>The mode in static regions (pmem), where the kernel makes size and align read-only; null when the same.</summary>
    public string? StaticMode { get; init; }

    /// <summary>The node's own name, the last component of the What ("size", "mapping[0..N]").</summary>
    public string Name => What.TrimEnd('/')[(What.TrimEnd('/').LastIndexOf('/') + 1)..];

    public UnixFileMode FileMode => ParseMode(Mode);

    public UnixFileMode ModeIn(bool staticRegion) => staticRegion && StaticMode is { } mode ? ParseMode(mode) : FileMode;

    private static UnixFileMode ParseMode(string octal) => (UnixFileMode)Convert.ToInt32(octal, 8);
}
