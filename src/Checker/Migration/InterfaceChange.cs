using System.Collections.Immutable;
using AbiTool.Model;

namespace AbiTool.Migration;

/// <summary>What happened to one interface (one What string) between two trees.</summary>
public enum ChangeKind
{
    /// <summary>Only in the new tree.</summary>
    Added,

    /// <summary>Only in the old tree (and no rename explains it).</summary>
    Removed,

    /// <summary>Same What, another level.</summary>
    Moved,

    /// <summary>Another What that is clearly the same interface (see <see cref="RenameMatch"/>); the level may differ too.</summary>
    Renamed,

    /// <summary>Same What and level; some field of its entry, or its file, changed.</summary>
    Changed,
}

/// <summary>The parts of an entry a diff compares.</summary>
public enum EntryField
{
    Date,
    KernelVersion,
    Contact,
    Description,
    Users,

    /// <summary>The file the entry lives in (below its level folder).</summary>
    File,
}

/// <summary>An interface as one tree documents it: the What string and the entry that holds it.</summary>
public sealed record InterfaceSide(AbiEntry Entry, AbiWhat What)
{
    public AbiLevel Level => Entry.Level;

    /// <summary>The What line: where a user jumps to.</summary>
    public SourceSpan Span => What.Span;
}

/// <summary>Why two different What strings were taken for one interface, and how sure the match is.</summary>
/// <param name="Confidence">0–1: the weighted score of docs/migration.md; matches below the threshold are not made.</param>
/// <param name="What">Similarity of the What strings (1 when they differ only in placeholders).</param>
/// <param name="Description">Similarity of the Descriptions' words.</param>
/// <param name="File">1 for the same file, 0.5 for a file whose name extends or shortens the other's, else 0.</param>
/// <param name="FolderMoves">
/// When the match was made because other renames moved the same folder to the same new place: how many did.
/// </param>
public sealed record RenameMatch(double Confidence, double What, double Description, double File, int FolderMoves = 0)
{
    /// <summary>The strongest reason, for messages.</summary>
    public string Reason =>
        FolderMoves > 0 ? $"its folder moved, as for {FolderMoves} other renames"
        : What >= 1 ? "placeholders renamed"
        : What >= 0.85 ? "What nearly the same"
        : Description >= RenameScorer.SameDescription ? "same Description"
        : "similar What and Description";
}

/// <summary>
/// One interface's change. <see cref="Old"/> is null for <see cref="ChangeKind.Added"/>, <see cref="New"/> for
/// <see cref="ChangeKind.Removed"/>.
/// </summary>
/// <param name="ChangedFields">Fields of the entry that differ (for every kind that has both sides).</param>
/// <param name="Rename">For <see cref="ChangeKind.Renamed"/>: the evidence.</param>
public sealed record InterfaceChange(
    ChangeKind Kind,
    InterfaceSide? Old,
    InterfaceSide? New,
    ImmutableArray<EntryField> ChangedFields,
    RenameMatch? Rename = null)
{
    /// <summary>The What string as the new tree has it, or as the old one had it for removals.</summary>
    public string What => (New ?? Old)!.What.Text;

    public AbiLevel? OldLevel => Old?.Level;

    public AbiLevel? NewLevel => New?.Level;

    /// <summary>The level move this change makes, when it makes one that the rules know.</summary>
    public LevelMove? Move => StabilityMoves.Find(OldLevel, NewLevel);

    /// <summary>Where the change is seen: the new side when there is one.</summary>
    public SourceSpan Span => (New ?? Old)!.Span;
}
