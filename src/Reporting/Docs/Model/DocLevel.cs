using System.Collections.Immutable;
using AbiTool.Model;

namespace AbiTool.Reporting.Docs.Model;

/// <summary>One level of the page model and its files, in path order.</summary>
public sealed record DocLevel(AbiLevel Level, ImmutableArray<DocFile> Files)
{
    public string Name => Level == AbiLevel.None ? "other" : Level.FolderName();

    public int EntryCount => Files.Sum(f => f.Entries.Length);

    /// <summary>Obsolete and removed interfaces are marked wherever they are shown.</summary>
    public static bool IsWithdrawn(AbiLevel level) => level is AbiLevel.Obsolete or AbiLevel.Removed;

    public static string NameOf(AbiLevel level) => level == AbiLevel.None ? "other" : level.FolderName();
}
