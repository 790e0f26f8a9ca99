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

    /// <summary>The only words the value may hold (each space-separated word of it); null when any fits the format.</summary>
    public IReadOnlyList<string>? Words { get; init; }

    /// <summary>The first kernel that has the node; null when every kernel the model covers has it.</summary>
    public Version? Since { get; init; }

    /// <summary>The last kernel that has the node; null when it is still there.</summary>
    public Version? Until { get; init; }

    /// <summary>The node's own name, the last component of the What ("size", "mapping[0..N]").</summary>
    public string Name => What.TrimEnd('/')[(What.TrimEnd('/').LastIndexOf('/') + 1)..];

    /// <summary>
    /// Where the node is below its owner's folder ("size", "power/control"); "" for the owner's folder itself. This,
    /// not the What's spelling, is how the renderer places a node and how the value checks find it in a tree.
    /// </summary>
    public string RelativePath
    {
        get
        {
            var folder = OwnerFolders.WhatOf(Owner);
            var what = What.TrimEnd('/');
            if (what == folder) return "";
            if (!what.StartsWith(folder + "/", StringComparison.Ordinal))
                throw new InvalidOperationException($"'{What}' is not below its owner's folder '{folder}'");
            return what[(folder.Length + 1)..];
        }
    }

    public UnixFileMode FileMode => ParseMode(Mode);

    public UnixFileMode ModeIn(bool staticRegion) => staticRegion && StaticMode is { } mode ? ParseMode(mode) : FileMode;

    /// <summary>Whether the kernel <paramref name="kernel"/> has the node.</summary>
    public bool ExistsIn(Version kernel) => (Since is null || kernel >= Since) && (Until is null || kernel <= Until);

    private static UnixFileMode ParseMode(string octal) => (UnixFileMode)Convert.ToInt32(octal, 8);
}
