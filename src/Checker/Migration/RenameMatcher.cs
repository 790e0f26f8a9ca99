namespace AbiTool.Migration;

/// <summary>
/// Pairs the interfaces left over after exact What matching (removed on one side, added on the other) as renames.
/// Only plausible candidates are scored — same file, same last path component or same parent folder, placeholders
/// ignored — so the cost follows the leftovers, not their product; then the best pairs are taken first, each
/// interface once, except that Whats differing only in placeholders may merge into one.
/// </summary>
internal static class RenameMatcher
{
    public static List<(int Old, int New, RenameMatch Match)> Match(IReadOnlyList<InterfaceSide> removed, IReadOnlyList<InterfaceSide> added, double threshold)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < added.Count; i++)
        {
            foreach (var key in Keys(added[i])) Add(byKey, key, i);
        }

        var scored = new List<(int Old, int New, RenameMatch Match)>();
        var seen = new HashSet<int>();
        for (var o = 0; o < removed.Count; o++)
        {
            seen.Clear();
            foreach (var key in Keys(removed[o]))
            {
                if (!byKey.TryGetValue(key, out var candidates)) continue;
                foreach (var n in candidates)
                {
                    if (!seen.Add(n)) continue;
                    var match = RenameScorer.Score(removed[o], added[n]);
                    if (match.Confidence >= threshold) scored.Add((o, n, match));
                }
            }
        }

        // Best first; ties in source order, so the result does not depend on dictionary order.
        scored.Sort((a, b) => b.Match.Confidence.CompareTo(a.Match.Confidence) is var c && c != 0 ? c
            : a.Old != b.Old ? a.Old.CompareTo(b.Old) : a.New.CompareTo(b.New));
        var takenOld = new HashSet<int>();
        var takenNew = new HashSet<int>();
        var pairs = new List<(int, int, RenameMatch)>();
        foreach (var (o, n, match) in scored)
        {
            // Several Whats that differ only in placeholders may become one (raw0 and raw1 documented as rawN):
            // such a match may take an addition another rename took already.
            if (takenOld.Contains(o) || (takenNew.Contains(n) && match.What < 1)) continue;
            takenOld.Add(o);
            takenNew.Add(n);
            pairs.Add((o, n, match));
        }
        return pairs;
    }

    private static IEnumerable<string> Keys(InterfaceSide side)
    {
        yield return "f:" + EntryFields.FileName(side.Entry.RelativePath);
        var path = side.What.Text.Split([' ', '\t'], 2)[0];
        var form = RenameScorer.PlaceholderForm(path.TrimEnd('/'));
        var slash = form.LastIndexOf('/');
        yield return "l:" + form[(slash + 1)..];
        if (slash > 0) yield return "p:" + form[..slash];
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int index)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(index);
    }
}
