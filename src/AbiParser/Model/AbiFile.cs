using System.Collections.Immutable;

namespace AbiTool.Model;

/// <summary>One file of an ABI tree.</summary>
/// <param name="RelativePath">Path below the ABI root with '/' separators (<c>testing/sysfs-bus-dax</c>); stable across machines.</param>
/// <param name="DisplayPath">Path as the user should open it, used in every span.</param>
/// <param name="Preamble">Text before the first tag, if any (some files open with an introduction).</param>
/// <param name="Notes">Irregularities met while reading, in source order.</param>
public sealed record AbiFile(
    string RelativePath,
    string DisplayPath,
    AbiLevel Level,
    string? Preamble,
    ImmutableArray<AbiEntry> Entries,
    ImmutableArray<ParseNote> Notes)
{
    /// <summary>The line <see cref="Preamble"/> starts on; 0 when there is none, or it is not known.</summary>
    public int PreambleLine { get; init; }

    /// <summary>The file name alone (<c>sysfs-bus-dax</c>).</summary>
    public string Name => RelativePath[(RelativePath.LastIndexOf('/') + 1)..];
}
