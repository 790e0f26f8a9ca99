using AbiTool.Migration;
using AbiTool.Model;

namespace AbiTool.Reporting.Docs.Model;

/// <summary>One row of the "what changed" page: the change and, when the interface is still documented, its anchor.</summary>
public sealed record ChangeRow(InterfaceChange Change, DocEntry? Entry, string? Label)
{
    public string Summary => Change.Kind switch
    {
        ChangeKind.Added => $"added in {Level(Change.NewLevel)}",
        ChangeKind.Removed => $"removed from {Level(Change.OldLevel)}",
        ChangeKind.Moved => $"moved from {Level(Change.OldLevel)} to {Level(Change.NewLevel)}",
        ChangeKind.Renamed => $"renamed from {Change.Old!.What.Text}" + (Change.OldLevel != Change.NewLevel ? $" ({Level(Change.OldLevel)} → {Level(Change.NewLevel)})" : ""),
        _ => "changed: " + string.Join(", ", Change.ChangedFields),
    };

    private static string Level(AbiLevel? level) => level is { } l ? DocLevel.NameOf(l) : "?";
}

/// <summary>The changes of a diff in the page's order (added, moved, renamed, changed, removed), each with its link.</summary>
public static class ChangeList
{
    public static readonly ChangeKind[] Order = [ChangeKind.Added, ChangeKind.Moved, ChangeKind.Renamed, ChangeKind.Changed, ChangeKind.Removed];

    public static string Title(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "Added",
        ChangeKind.Moved => "Moved to another level",
        ChangeKind.Renamed => "Renamed",
        ChangeKind.Changed => "Changed",
        _ => "Removed",
    };

    public static IEnumerable<(ChangeKind Kind, List<ChangeRow> Rows)> Of(DocSite site, DiffResult diff)
    {
        foreach (var kind in Order)
        {
            var rows = new List<ChangeRow>();
            foreach (var change in diff.OfKind(kind))
            {
                var found = change.New is { } side ? site.Links.FindExact(side.What.Text) : null;
                rows.Add(new ChangeRow(change, found?.Entry, found?.Label));
            }
            if (rows.Count > 0) yield return (kind, rows);
        }
    }
}
