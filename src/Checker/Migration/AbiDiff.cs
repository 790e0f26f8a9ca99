using System.Collections.Immutable;
using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Migration;

/// <summary>
/// Compares two ABI trees interface by interface (one interface per What string) and judges the level moves by
/// <see cref="StabilityMoves"/>. Whats are matched exactly through a dictionary first; only what is left over on
/// both sides goes to rename matching.
/// </summary>
public static class AbiDiff
{
    public static DiffResult Compare(AbiCorpus oldTree, AbiCorpus newTree, DiffOptions options)
    {
        var changes = Changes(oldTree, newTree, options, out var unchanged);
        return new DiffResult(oldTree, newTree, changes, unchanged, MigrationRules.Judge(changes, newTree, options.Today));
    }

    /// <summary>
    /// The diff of the first and the last of a series of trees (the revisions of a history, oldest first), with the
    /// rules judged at every step: an interface taken testing → obsolete → removed over three commits broke no rule,
    /// though the first and last trees alone would say it did. Past-due obsolete entries are checked in the last tree.
    /// </summary>
    public static DiffResult CompareHistory(IEnumerable<AbiCorpus> revisions, DiffOptions options)
    {
        AbiCorpus? first = null;
        AbiCorpus? previous = null;
        DiffResult? last = null;
        var steps = 0;
        var findings = new List<Diagnostic>();
        var seen = new HashSet<(string, string)>();
        foreach (var tree in revisions)
        {
            if (previous is null)
            {
                first = previous = tree;
                continue;
            }
            last = Compare(previous, tree, options);
            steps++;
            // Past-due dates are a question about the last tree only.
            foreach (var d in last.Diagnostics.Where(d => d.Code != MigrationCodes.ObsoletePastRemovalDate.Code))
            {
                if (seen.Add((d.Code, d.Fingerprint))) findings.Add(d);
            }
            previous = tree;
        }
        if (first is null || previous is null) throw new ArgumentException("a history needs at least one revision", nameof(revisions));

        // One step is its own net diff; otherwise the net list of changes is the first tree against the last.
        var net = steps == 1 ? last! : Compare(first, previous, options);
        findings.AddRange(net.Diagnostics.Where(d => d.Code == MigrationCodes.ObsoletePastRemovalDate.Code));
        findings.Sort(Diagnostic.SourceOrder);
        return net with { Diagnostics = [.. findings] };
    }

    private static ImmutableArray<InterfaceChange> Changes(AbiCorpus oldTree, AbiCorpus newTree, DiffOptions options, out int unchanged)
    {
        var oldIndex = Index(oldTree, out _);
        var newIndex = Index(newTree, out var newKeys);
        var fields = new EntryFields();
        var changes = new List<InterfaceChange>();
        var removed = new List<InterfaceSide>();
        var added = new List<InterfaceSide>();
        unchanged = 0;

        foreach (var key in newKeys)
        {
            var news = newIndex[key];
            if (!oldIndex.TryGetValue(key, out var olds))
            {
                added.AddRange(news);
                continue;
            }
            foreach (var (old, @new) in Pair(olds, news, removed, added))
            {
                var changed = fields.Between(old.Entry, @new.Entry);
                if (old.Level != @new.Level) changes.Add(new InterfaceChange(ChangeKind.Moved, old, @new, changed));
                else if (!changed.IsEmpty) changes.Add(new InterfaceChange(ChangeKind.Changed, old, @new, changed));
                else unchanged++;
            }
        }
        foreach (var (key, olds) in oldIndex)
        {
            if (!newIndex.ContainsKey(key)) removed.AddRange(olds);
        }
        // The dictionary walk above is in no useful order; rename ties are broken by source order.
        removed.Sort(BySource);

        var renamedOld = new HashSet<int>();
        var renamedNew = new HashSet<int>();
        if (options.DetectRenames)
        {
            foreach (var (o, n, match) in RenameMatcher.Match(removed, added, options.RenameThreshold))
            {
                renamedOld.Add(o);
                renamedNew.Add(n);
                changes.Add(new InterfaceChange(ChangeKind.Renamed, removed[o], added[n], fields.Between(removed[o].Entry, added[n].Entry), match));
            }
        }
        for (var i = 0; i < added.Count; i++)
        {
            if (!renamedNew.Contains(i)) changes.Add(new InterfaceChange(ChangeKind.Added, null, added[i], []));
        }
        for (var i = 0; i < removed.Count; i++)
        {
            if (!renamedOld.Contains(i)) changes.Add(new InterfaceChange(ChangeKind.Removed, removed[i], null, []));
        }

        // New tree's order first, removals after them in the old tree's order.
        changes.Sort((a, b) =>
        {
            var c = (a.New is null).CompareTo(b.New is null);
            return c != 0 ? c : BySource((a.New ?? a.Old)!, (b.New ?? b.Old)!);
        });
        return [.. changes];
    }

    /// <summary>
    /// Pairs the occurrences of one What in the two trees (usually one each): same file first, then in order.
    /// Occurrences left over become additions or removals.
    /// </summary>
    private static IEnumerable<(InterfaceSide Old, InterfaceSide New)> Pair(
        List<InterfaceSide> olds, List<InterfaceSide> news, List<InterfaceSide> removed, List<InterfaceSide> added)
    {
        if (olds.Count == 1 && news.Count == 1)
        {
            yield return (olds[0], news[0]);
            yield break;
        }
        var freeOld = new List<InterfaceSide>(olds);
        var freeNew = new List<InterfaceSide>();
        foreach (var @new in news)
        {
            var same = freeOld.FindIndex(o => EntryFields.FileName(o.Entry.RelativePath) == EntryFields.FileName(@new.Entry.RelativePath));
            if (same < 0)
            {
                freeNew.Add(@new);
                continue;
            }
            yield return (freeOld[same], @new);
            freeOld.RemoveAt(same);
        }
        var pairs = Math.Min(freeOld.Count, freeNew.Count);
        for (var i = 0; i < pairs; i++) yield return (freeOld[i], freeNew[i]);
        removed.AddRange(freeOld.Skip(pairs));
        added.AddRange(freeNew.Skip(pairs));
    }

    /// <summary>Every What of the tree by its key, and the keys in the tree's order.</summary>
    private static Dictionary<string, List<InterfaceSide>> Index(AbiCorpus tree, out List<string> keys)
    {
        var index = new Dictionary<string, List<InterfaceSide>>(StringComparer.Ordinal);
        keys = [];
        foreach (var file in tree.Files)
        {
            foreach (var entry in file.Entries)
            {
                foreach (var what in entry.Whats)
                {
                    var key = Key(what.Text);
                    if (!index.TryGetValue(key, out var sides))
                    {
                        index[key] = sides = [];
                        keys.Add(key);
                    }
                    sides.Add(new InterfaceSide(entry, what));
                }
            }
        }
        return index;
    }

    /// <summary>White space inside a What is not part of its name.</summary>
    internal static string Key(string what) =>
        what.AsSpan().IndexOfAny(' ', '\t') < 0 ? what : string.Join(' ', what.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static int BySource(InterfaceSide a, InterfaceSide b)
    {
        var c = string.CompareOrdinal(a.Span.File, b.Span.File);
        return c != 0 ? c : a.Span.Line.CompareTo(b.Span.Line) is var l && l != 0 ? l : a.Span.Column.CompareTo(b.Span.Column);
    }
}
