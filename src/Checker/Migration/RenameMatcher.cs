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
        MatchMovedFolders(removed, added, pairs, takenOld, takenNew);
        return pairs;
    }

    /// <summary>Renames seen at least this often for one folder make the folder move itself evidence.</summary>
    private const int FolderEvidence = 2;

    /// <summary>
    /// A second pass: when several renames moved the same folder to the same new place (hl&lt;n&gt;/X became
    /// accel&lt;n&gt;/device/X), a leftover in the old folder whose file name is found in the new folder is renamed
    /// the same way, however much its Description was rewritten.
    /// </summary>
    private static void MatchMovedFolders(IReadOnlyList<InterfaceSide> removed, IReadOnlyList<InterfaceSide> added,
        List<(int Old, int New, RenameMatch Match)> pairs, HashSet<int> takenOld, HashSet<int> takenNew)
    {
        var moves = new Dictionary<(string From, string To), int>();
        foreach (var (o, n, _) in pairs)
        {
            var (fromFolder, fromLeaf) = Split(removed[o]);
            var (toFolder, toLeaf) = Split(added[n]);
            if (fromLeaf == toLeaf && fromFolder != toFolder) moves[(fromFolder, toFolder)] = moves.GetValueOrDefault((fromFolder, toFolder)) + 1;
        }
        if (moves.Count == 0) return;
        var byFolder = moves.Where(m => m.Value >= FolderEvidence).ToLookup(m => m.Key.From, m => (m.Key.To, Count: m.Value));
        var free = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < added.Count; n++)
        {
            if (!takenNew.Contains(n)) free.TryAdd(Path(added[n]), n);
        }
        for (var o = 0; o < removed.Count; o++)
        {
            if (takenOld.Contains(o)) continue;
            var (folder, leaf) = Split(removed[o]);
            foreach (var (to, count) in byFolder[folder].OrderByDescending(m => m.Count))
            {
                if (!free.Remove(to + "/" + leaf, out var n)) continue;
                var score = RenameScorer.Score(removed[o], added[n]);
                takenOld.Add(o);
                takenNew.Add(n);
                pairs.Add((o, n, score with { Confidence = Math.Max(score.Confidence, 0.9), FolderMoves = count }));
                break;
            }
        }
    }

    private static string Path(InterfaceSide side) => side.What.Text.Split([' ', '\t'], 2)[0].TrimEnd('/');

    private static (string Folder, string Leaf) Split(InterfaceSide side)
    {
        var path = Path(side);
        var slash = path.LastIndexOf('/');
        return slash < 0 ? ("", path) : (path[..slash], path[(slash + 1)..]);
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
