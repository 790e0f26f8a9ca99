using AbiTool.Diagnostics;
using AbiTool.Model;
using AbiTool.Patterns;

namespace AbiTool.Sysfs;

/// <summary>
/// <c>abi check</c>: a tree and the docs against each other for one subtree — files no What documents (ABI0201),
/// Whats with no instance in the tree (ABI0208), and files whose permission bits disagree with the (RO)/(RW)/(WO) that
/// opens their entry's Description (ABI0209) — plus whatever went wrong reading the tree.
/// </summary>
public static class CheckAnalysis
{
    public static List<Diagnostic> Run(SysfsTree tree, WhatIndex index, string? under = null, bool everything = false)
    {
        var prefix = under is null ? tree.RootPath : "/" + string.Join('/', WhatIndex.Split(under));
        var prefixComponents = WhatIndex.Split(prefix);
        if (tree.Find(prefix) < 0) throw new Sources.AbiInputException($"{prefix}: not in the sysfs tree {tree.Source}");

        // A node is in the subtree when any of its paths is: /sys/bus/dax reaches the device folders through its links.
        var matcher = new TreeMatcher(tree, index);
        var findings = new List<Diagnostic>(tree.Problems);
        var nodes = Enumerable.Range(1, tree.Count - 1)
            .Where(i => tree[i].Kind is SysfsNodeKind.File or SysfsNodeKind.Directory or SysfsNodeKind.Link)
            .Where(i => prefix == tree.RootPath || matcher.PathsOf(i).Any(p => p.StartsWith(prefix + "/", StringComparison.Ordinal)))
            .ToArray();
        var matches = new List<NodeMatch>[nodes.Length];
        Parallel.For(0, nodes.Length, k => matches[k] = matcher.MatchesOf(nodes[k]));

        var seen = new HashSet<IndexedWhat>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < nodes.Length; k++)
        {
            var node = nodes[k];
            var path = tree.PathOf(node);
            foreach (var match in matches[k]) seen.Add(match.What);
            if (tree[node].Kind != SysfsNodeKind.File) continue;
            if (matches[k].Count == 0)
            {
                if (everything || !UndefinedAnalysis.IsOutOfScope(path))
                    findings.Add(SysfsCodes.Undocumented.Create(SourceSpan.OfFile(path), $"{path} is not documented by any What", path));
                continue;
            }
            if (ModeMismatch(tree[node].Mode, matches[k]) is { } mismatch)
            {
                var what = mismatch.What;
                findings.Add(SysfsCodes.ModeMismatch.Create(what.What.Span,
                    $"{path} has mode {Octal(tree[node].Mode)}, but the Description of '{what.What.Text}' says {mismatch.Declared}",
                    $"{what.Entry.RelativePath}|{what.What.Text}|mode|{path}") with
                {
                    Related = [new RelatedLocation(SourceSpan.OfFile(path), $"the file, mode {Octal(tree[node].Mode)}")],
                });
            }
        }

        foreach (var what in index.All)
        {
            if (what.Pattern.Kind != WhatKind.Path || seen.Contains(what)) continue;
            if (!Relevant(what.Pattern, prefixComponents)) continue;
            findings.Add(SysfsCodes.MissingInstance.Create(what.What.Span,
                $"'{what.What.Text}' is documented but nothing in {tree.Source} matches it", $"{what.Entry.RelativePath}|{what.What.Text}|missing"));
        }
        findings.Sort(Diagnostic.SourceOrder);
        return findings;
    }

    /// <summary>A What belongs to the checked subtree when its leading components can be the subtree's path.</summary>
    private static bool Relevant(WhatPattern pattern, string[] prefix)
    {
        if (pattern.Components[0] is SegmentsComponent { LiteralText: { } first } && prefix.Length > 0 && first != prefix[0]) return false;
        var reached = PatternMatcher.FirstMismatch(pattern.Components, prefix);
        return reached < 0 || reached >= prefix.Length;
    }

    private sealed record Mismatch(IndexedWhat What, string Declared);

    /// <summary>The first matching entry that declares an access mode the file's owner bits contradict.</summary>
    private static Mismatch? ModeMismatch(UnixFileMode mode, List<NodeMatch> matches)
    {
        if (mode == 0) return null; // unknown (a tar entry without modes, say)
        var read = (mode & (UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead)) != 0;
        var write = (mode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0;
        foreach (var match in matches)
        {
            if (DeclaredAccess.Of(match.What.Entry.Description) is not { } access) continue;
            if (!DeclaredAccess.Agrees(access, read, write)) return new Mismatch(match.What, $"({access})");
        }
        return null;
    }

    private static string Octal(UnixFileMode mode) => "0" + Convert.ToString((int)mode & 0xFFF, 8);
}
