using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Migration;

/// <summary>
/// Turns the changes of a diff into the rules they break: level moves the table forbids or finds unusual (one finding
/// per entry and move, naming how many of its Whats moved), newly obsolete entries that do not say when they go,
/// and, given a date, obsolete entries whose announced time has passed.
/// </summary>
internal static class MigrationRules
{
    public static ImmutableArray<Diagnostic> Judge(IReadOnlyList<InterfaceChange> changes, AbiCorpus newTree, DateOnly? today)
    {
        var findings = new List<Diagnostic>();
        foreach (var group in changes.Where(c => c.Move is { Verdict: not MoveVerdict.Allowed })
                     .GroupBy(c => (Old: c.Old?.Entry, New: c.New?.Entry), EntryPairs.Instance))
        {
            findings.Add(MoveFinding([.. group]));
        }

        var preambles = newTree.Files.ToDictionary(f => f.RelativePath, f => f.Preamble, StringComparer.Ordinal);
        var newlyObsolete = changes
            .Where(c => c.NewLevel == AbiLevel.Obsolete && c.OldLevel != AbiLevel.Obsolete)
            .GroupBy(c => c.New!.Entry, ReferenceEqualityComparer.Instance);
        foreach (var group in newlyObsolete)
        {
            var first = group.First();
            if (NoticeOf(first.New!.Entry, preambles) is not null) continue;
            findings.Add(MigrationCodes.ObsoleteWithoutRemovalDate.Create(first.New!.Span,
                $"'{first.What}'{More(group.Count())} became obsolete ({LevelMove.Name(first.OldLevel)} before) but its entry does not say when it will be removed",
                $"{first.New.Entry.RelativePath}|{first.What}"));
        }

        if (today is { } day)
        {
            foreach (var entry in newTree.Entries.Where(e => e.Level == AbiLevel.Obsolete && !e.Whats.IsEmpty))
            {
                if (NoticeOf(entry, preambles) is not { Due: { } due } notice || due >= day) continue;
                var what = entry.Whats[0];
                findings.Add(MigrationCodes.ObsoletePastRemovalDate.Create(what.Span,
                    $"'{what.Text}'{More(entry.Whats.Length)} is still documented, but its removal was announced for {due:yyyy-MM-dd} (\"{notice.Text}\"); today is {day:yyyy-MM-dd}",
                    $"{entry.RelativePath}|{what.Text}"));
            }
        }

        findings.Sort(Diagnostic.SourceOrder);
        return [.. findings];
    }

    /// <summary>A removal notice in the entry's Description, or in the introduction of its file.</summary>
    public static RemovalNotice? NoticeOf(AbiEntry entry, IReadOnlyDictionary<string, string?> preambles) =>
        RemovalNotice.Find(entry.Description?.Text) ?? RemovalNotice.Find(preambles.GetValueOrDefault(entry.RelativePath));

    private static Diagnostic MoveFinding(IReadOnlyList<InterfaceChange> group)
    {
        var first = group[0];
        var move = first.Move!;
        var what = first.Kind == ChangeKind.Renamed ? $"'{first.Old!.What.Text}' (now '{first.New!.What.Text}')" : $"'{first.What}'";
        var from = LevelMove.Name(move.From);
        var message = (move.Code == MigrationCodes.RemovedWithoutObsolete) switch
        {
            true when move.To is null => $"{from} interface {what}{More(group.Count)} was removed without going through obsolete/ first",
            true => $"{from} interface {what}{More(group.Count)} moved to {LevelMove.Name(move.To)}/ without going through obsolete/ first",
            false => $"{what}{More(group.Count)} moved from {from}/ to {LevelMove.Name(move.To)}/",
        };
        message += $": {char.ToLowerInvariant(move.Rule[0])}{move.Rule[1..].TrimEnd('.')}";
        var finding = move.Code!.Create(first.Span, message,
            $"{first.Old?.Entry.RelativePath}|{first.Old?.What.Text}|{LevelMove.Name(move.To)}");
        return first is { Old: { } old, New: not null }
            ? finding with { Related = [new RelatedLocation(old.Span, $"'{old.What.Text}' was documented in {from}/ here")] }
            : finding;
    }

    private static string More(int count) => count > 1 ? $" (and {count - 1} more What{(count > 2 ? "s" : "")} of its entry)" : "";

    /// <summary>Groups by the identity of the entries on both sides, null meaning absent.</summary>
    private sealed class EntryPairs : IEqualityComparer<(AbiEntry? Old, AbiEntry? New)>
    {
        public static readonly EntryPairs Instance = new();

        public bool Equals((AbiEntry? Old, AbiEntry? New) x, (AbiEntry? Old, AbiEntry? New) y) =>
            ReferenceEquals(x.Old, y.Old) && ReferenceEquals(x.New, y.New);

        public int GetHashCode((AbiEntry? Old, AbiEntry? New) pair) =>
            HashCode.Combine(pair.Old is null ? 0 : RuntimeHelpers.GetHashCode(pair.Old), pair.New is null ? 0 : RuntimeHelpers.GetHashCode(pair.New));
    }
}
