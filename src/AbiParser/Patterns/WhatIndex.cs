using System.Collections.Immutable;
using AbiTool.Model;

namespace AbiTool.Patterns;

/// <summary>One What of the corpus with its parsed pattern.</summary>
public sealed record IndexedWhat(AbiEntry Entry, AbiWhat What, WhatPattern Pattern);

/// <summary>
/// All What patterns of a corpus, arranged so that a path is tried against few of them: patterns whose last
/// component is a plain name are found by that name (most attributes: "size", "uevent"); the others by the plain
/// components they start with, walked down a trie with the path. A path of n components thus meets only the
/// patterns that share its last name or a literal prefix with it, never the whole corpus.
/// </summary>
public sealed class WhatIndex
{
    private readonly Dictionary<string, List<IndexedWhat>> byLastName = new(StringComparer.Ordinal);
    private readonly TrieNode prefixes = new();

    private sealed class TrieNode
    {
        public readonly Dictionary<string, TrieNode> Children = new(StringComparer.Ordinal);
        public readonly List<IndexedWhat> Patterns = [];
    }

    public ImmutableArray<IndexedWhat> All { get; }

    /// <summary>Patterns that climb out of a link (<c>$(readlink -f …)/../x</c>); a tree resolves them.</summary>
    public ImmutableArray<IndexedWhat> ThroughLink { get; }

    private WhatIndex(ImmutableArray<IndexedWhat> all)
    {
        All = all;
        ThroughLink = [.. all.Where(w => w.Pattern.Kind == WhatKind.ThroughLink)];
        foreach (var what in all)
        {
            if (what.Pattern.Kind != WhatKind.Path) continue;
            var components = what.Pattern.Components;
            if (components[^1] is SegmentsComponent { LiteralText: { } last })
            {
                if (!byLastName.TryGetValue(last, out var list)) byLastName[last] = list = [];
                list.Add(what);
                continue;
            }
            var node = prefixes;
            foreach (var component in components)
            {
                if (component is not SegmentsComponent { LiteralText: { } name }) break;
                if (!node.Children.TryGetValue(name, out var child)) node.Children[name] = child = new TrieNode();
                node = child;
            }
            node.Patterns.Add(what);
        }
    }

    public static WhatIndex Build(AbiCorpus corpus)
    {
        var whats = corpus.Entries.SelectMany(entry => entry.Whats.Select(what => (entry, what))).ToArray();
        var indexed = new IndexedWhat[whats.Length];
        Parallel.For(0, whats.Length, i => indexed[i] = new IndexedWhat(whats[i].entry, whats[i].what, WhatPatternParser.Parse(whats[i].what.Text)));
        return new WhatIndex([.. indexed]);
    }

    /// <summary>The patterns worth trying on a path: those indexed under its last name or along its literal prefix.</summary>
    public IEnumerable<IndexedWhat> Candidates(IReadOnlyList<string> path)
    {
        if (path.Count > 0 && byLastName.TryGetValue(path[^1], out var named))
        {
            foreach (var what in named) yield return what;
        }
        var node = prefixes;
        foreach (var what in node.Patterns) yield return what;
        for (var i = 0; i < path.Count && node.Children.TryGetValue(path[i], out node); i++)
        {
            foreach (var what in node.Patterns) yield return what;
        }
    }

    /// <summary>
    /// The Whats that document a path (components without the leading '/'). A What written with a trailing '/' names a
    /// folder and documents no file: pass <paramref name="isDirectory"/> when the kind of node is known.
    /// </summary>
    public IEnumerable<IndexedWhat> Match(IReadOnlyList<string> path, bool? isDirectory = null) =>
        Candidates(path).Where(what => (isDirectory != false || !what.Pattern.IsDirectory)
                                       && PatternMatcher.Matches(what.Pattern.Components, path));

    /// <summary>Splits "/sys/a/b" into its components.</summary>
    public static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
