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

    // For matching: every pattern without "..." laid out as a trie of components, literal edges in a dictionary and
    // placeholder edges in a list, walked with the path like an automaton: a path visits only the states its own
    // components lead to, however many patterns share its last name. Patterns with "..." are found by last name.
    private readonly MatchNode automaton = new();
    private readonly Dictionary<string, List<IndexedWhat>> openByLastName = new(StringComparer.Ordinal);
    private readonly TrieNode openByPrefix = new();

    private sealed class TrieNode
    {
        public readonly Dictionary<string, TrieNode> Children = new(StringComparer.Ordinal);
        public readonly List<IndexedWhat> Patterns = [];
    }

    private sealed class MatchNode
    {
        public readonly Dictionary<string, MatchNode> Literal = new(StringComparer.Ordinal);
        public readonly List<(SegmentsComponent Component, MatchNode Next)> Placeholder = [];

        /// <summary>Placeholder edges by what they match ("&lt;dev&gt;" and "&lt;iface&gt;" are one edge).</summary>
        public readonly Dictionary<string, int> PlaceholderByMeaning = new(StringComparer.Ordinal);
        public readonly List<IndexedWhat> Ends = [];
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
            AddToAutomaton(what);
            AddByLastNameOrPrefix(what, byLastName, prefixes);
        }
    }

    /// <summary>Files a pattern under its last component when that is a plain name, else under its literal prefix.</summary>
    private static void AddByLastNameOrPrefix(IndexedWhat what, Dictionary<string, List<IndexedWhat>> byName, TrieNode trie)
    {
        var components = what.Pattern.Components;
        if (components[^1] is SegmentsComponent { LiteralText: { } last })
        {
            if (!byName.TryGetValue(last, out var list)) byName[last] = list = [];
            list.Add(what);
            return;
        }
        var node = trie;
        foreach (var component in components)
        {
            if (component is not SegmentsComponent { LiteralText: { } name }) break;
            if (!node.Children.TryGetValue(name, out var child)) node.Children[name] = child = new TrieNode();
            node = child;
        }
        node.Patterns.Add(what);
    }

    private void AddToAutomaton(IndexedWhat what)
    {
        var components = what.Pattern.Components;
        if (what.Pattern.SpansComponents)
        {
            AddByLastNameOrPrefix(what, openByLastName, openByPrefix);
            return;
        }
        var node = automaton;
        foreach (SegmentsComponent component in components)
        {
            if (component.LiteralText is { } literal)
            {
                if (!node.Literal.TryGetValue(literal, out var next)) node.Literal[literal] = next = new MatchNode();
                node = next;
                continue;
            }
            var meaning = PatternMatcher.ToRegex(component.Segments);
            if (!node.PlaceholderByMeaning.TryGetValue(meaning, out var edge))
            {
                node.Placeholder.Add((component, new MatchNode()));
                edge = node.PlaceholderByMeaning[meaning] = node.Placeholder.Count - 1;
            }
            node = node.Placeholder[edge].Next;
        }
        node.Ends.Add(what);
    }

    public static WhatIndex Build(AbiCorpus corpus) => Of([.. corpus.Entries.SelectMany(entry => entry.Whats.Select(what => (entry, what)))]);

    /// <summary>An index of some Whats only, in the order given.</summary>
    public static WhatIndex Of(IReadOnlyList<(AbiEntry Entry, AbiWhat What)> whats)
    {
        var indexed = new IndexedWhat[whats.Count];
        void Read(int i) => indexed[i] = new IndexedWhat(whats[i].Entry, whats[i].What, WhatPatternParser.Parse(whats[i].What.Text));
        // Reading is worth spreading over the cores for a tree, not for a handful of Whats.
        if (whats.Count >= 256) Parallel.For(0, whats.Count, Read);
        else for (var i = 0; i < whats.Count; i++) Read(i);
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
    /// folder and documents no file: pass <paramref name="isDirectory"/> when the kind of node is known. Patterns
    /// without "..." come first.
    /// </summary>
    public IEnumerable<IndexedWhat> Match(IReadOnlyList<string> path, bool? isDirectory = null)
    {
        // Lazily, cheapest first: a caller that needs one match stops before the patterns with "..." are tried.
        foreach (var what in MatchClosed(path))
        {
            if (isDirectory != false || !what.Pattern.IsDirectory) yield return what;
        }
        if (path.Count > 0 && openByLastName.TryGetValue(path[^1], out var open))
        {
            foreach (var what in open)
            {
                if ((isDirectory != false || !what.Pattern.IsDirectory) && PatternMatcher.Matches(what.Pattern.Components, path)) yield return what;
            }
        }
        var prefix = openByPrefix;
        for (var i = 0; prefix is not null; i++)
        {
            foreach (var what in prefix.Patterns)
            {
                if ((isDirectory != false || !what.Pattern.IsDirectory) && PatternMatcher.Matches(what.Pattern.Components, path)) yield return what;
            }
            prefix = i < path.Count && prefix.Children.TryGetValue(path[i], out var child) ? child : null;
        }
    }

    /// <summary>The patterns without "...": walk the automaton with the path.</summary>
    private List<IndexedWhat> MatchClosed(IReadOnlyList<string> path)
    {
        var states = new List<MatchNode> { automaton };
        var next = new List<MatchNode>();
        foreach (var name in path)
        {
            next.Clear();
            foreach (var state in states)
            {
                if (state.Literal.TryGetValue(name, out var literal)) next.Add(literal);
                foreach (var (component, target) in state.Placeholder)
                {
                    if (PatternMatcher.MatchesComponent(component, name)) next.Add(target);
                }
            }
            (states, next) = (next, states);
            if (states.Count == 0) return [];
        }
        var found = new List<IndexedWhat>();
        foreach (var state in states) found.AddRange(state.Ends);
        return found;
    }

    /// <summary>Splits "/sys/a/b" into its components.</summary>
    public static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
