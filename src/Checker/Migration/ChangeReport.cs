using System.Collections.Immutable;
using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Migration;

/// <summary>
/// The changes of a diff as info findings (ABI0320–ABI0324), one per interface, so that every reporter lists them;
/// a rename or move points at the old place as a related location.
/// </summary>
public static class ChangeReport
{
    public static ImmutableArray<Diagnostic> Findings(DiffResult diff) => [.. diff.Changes.Select(Finding)];

    public static Diagnostic Finding(InterfaceChange change)
    {
        var what = $"'{change.What}'";
        var fields = change.ChangedFields.IsEmpty ? "" : $"; changed: {string.Join(", ", change.ChangedFields)}";
        var (descriptor, message) = change.Kind switch
        {
            ChangeKind.Added => (MigrationCodes.Added, $"{what} added in {Place(change.New!.Level)}"),
            ChangeKind.Removed => (MigrationCodes.Removed, $"{what} removed from {Place(change.Old!.Level)}"),
            ChangeKind.Moved => (MigrationCodes.Moved, $"{what} moved from {Place(change.Old!.Level)} to {Place(change.New!.Level)}{fields}"),
            ChangeKind.Renamed => (MigrationCodes.Renamed,
                $"'{change.Old!.What.Text}' renamed to {what}{LevelPart(change)} ({change.Rename!.Reason}, confidence {change.Rename.Confidence:0.00}){fields}"),
            _ => (MigrationCodes.Changed, $"{what} changed: {string.Join(", ", change.ChangedFields)}"),
        };
        var finding = descriptor.Create(change.Span, message, $"{change.Old?.Entry.RelativePath}|{change.Old?.What.Text}|{change.New?.Entry.RelativePath}|{change.New?.What.Text}");
        return change is { Old: { } old, New: not null }
            ? finding with { Related = [new RelatedLocation(old.Span, $"was '{old.What.Text}' in {old.Entry.RelativePath}")] }
            : finding;
    }

    private static string LevelPart(InterfaceChange change) =>
        change.OldLevel == change.NewLevel ? "" : $", moved from {Place(change.Old!.Level)} to {Place(change.New!.Level)}";

    /// <summary>A level as a folder (<c>testing/</c>); files outside the level folders say so.</summary>
    private static string Place(AbiLevel level) => level == AbiLevel.None ? "a file outside the level folders" : level.FolderName() + "/";
}
