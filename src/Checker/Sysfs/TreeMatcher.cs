using AbiTool.Patterns;

namespace AbiTool.Sysfs;

/// <summary>How a node came to be documented: through which of its paths, by which What.</summary>
public sealed record NodeMatch(IndexedWhat What, string Path, string How);

/// <summary>
/// Decides which Whats document the nodes of a tree. A kernel object has one real place (under /sys/devices, mostly)
/// and is reached through links under /sys/class/*, /sys/bus/*/devices, /sys/block and /sys/dev/*; a node is
/// documented when any of those paths matches a What. Whats of the form <c>$(readlink -f LINK)/../REST</c> are matched
/// from the parent of each link's target.
/// </summary>
public sealed class TreeMatcher
{
    private readonly SysfsTree tree;
    private readonly WhatIndex index;
    private readonly Dictionary<int, List<int>> aliasLinks = [];
    private readonly Dictionary<int, List<IndexedWhat>> climbRules = [];

    public TreeMatcher(SysfsTree tree, WhatIndex index)
    {
        this.tree = tree;
        this.index = index;
        for (var i = 1; i < tree.Count; i++)
        {
            if (tree[i].Kind != SysfsNodeKind.Link || !IsAliasLink(i)) continue;
            var target = tree.Resolve(i);
            if (target < 0) continue;
            if (!aliasLinks.TryGetValue(target, out var links)) aliasLinks[target] = links = [];
            links.Add(i);
        }
        foreach (var what in index.ThroughLink) AddClimbRules(what);
    }

    /// <summary>Links in the folders sysfs keeps for other views of the same objects.</summary>
    private bool IsAliasLink(int link)
    {
        var relative = tree.ComponentsOf(link).Skip(RootDepth).ToList();
        return relative switch
        {
            ["class", _, _] or ["block", _] or ["dev", _, _] or ["bus", _, "devices", _] => true,
            _ => false,
        };
    }

    private int RootDepth => tree.RootPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Length;

    private void AddClimbRules(IndexedWhat what)
    {
        var link = what.Pattern.Components;
        for (var i = 1; i < tree.Count; i++)
        {
            if (tree[i].Kind is not (SysfsNodeKind.Link or SysfsNodeKind.Directory)) continue;
            // The node's own name must fit the pattern's last component before its paths are worth building.
            if (link[^1] is SegmentsComponent last && !PatternMatcher.MatchesComponent(last, tree[i].Name)) continue;
            if (!PathsOf(i).Any(path => PatternMatcher.Matches(link, WhatIndex.Split(path)))) continue;
            var target = tree[i].Kind == SysfsNodeKind.Link ? tree.Resolve(i) : i;
            if (target <= 0) continue;
            var parent = tree[target].Parent;
            if (!climbRules.TryGetValue(parent, out var rules)) climbRules[parent] = rules = [];
            if (!rules.Contains(what)) rules.Add(what);
        }
    }

    /// <summary>The node's real path, then its paths through alias links (nearest link first).</summary>
    public IEnumerable<string> PathsOf(int node) =>
        ComponentPaths(node).Select(path => "/" + string.Join('/', path.Components));

    /// <summary>
    /// The node's paths as components: the real one, then each alias — a link's components followed by the names
    /// below the ancestor it points to — nearest link first. Matching works on these lists, never on joined strings.
    /// </summary>
    private IEnumerable<(List<string> Components, bool Real)> ComponentPaths(int node)
    {
        var chain = new List<int>();
        for (var i = node; i > 0; i = tree[i].Parent) chain.Add(i);
        chain.Reverse();
        var real = new List<string>(RootComponents.Length + chain.Count);
        real.AddRange(RootComponents);
        foreach (var i in chain) real.Add(tree[i].Name);
        yield return (real, true);

        for (var depth = chain.Count - 1; depth >= 0; depth--)
        {
            if (!aliasLinks.TryGetValue(chain[depth], out var links)) continue;
            foreach (var link in links)
            {
                var alias = new List<string>(LinkComponents(link));
                for (var k = depth + 1; k < chain.Count; k++) alias.Add(tree[chain[k]].Name);
                yield return (alias, false);
            }
        }
    }

    /// <summary>Every What that documents the node, with the path that matched.</summary>
    public List<NodeMatch> MatchesOf(int node, bool firstOnly = false)
    {
        var found = new List<NodeMatch>();
        var isDirectory = tree[node].Kind == SysfsNodeKind.Directory;
        foreach (var (components, real) in ComponentPaths(node))
        {
            var how = real ? "its own path" : "an alias through a link";
            if (Collect(found, index.Match(components, isDirectory), components, how, firstOnly)) return found;
        }

        var below = new List<string>();
        for (var ancestor = node; ancestor > 0; ancestor = tree[ancestor].Parent)
        {
            below.Insert(0, tree[ancestor].Name);
            var parent = tree[ancestor].Parent;
            if (!climbRules.TryGetValue(parent, out var rules)) continue;
            foreach (var what in rules)
            {
                if (what.Pattern.IsDirectory && !isDirectory) continue;
                if (!PatternMatcher.Matches(what.Pattern.AfterLink, below)) continue;
                found.Add(new NodeMatch(what, tree.PathOf(node), "the parent of a link's target"));
                if (firstOnly) return found;
            }
        }
        return found;
    }

    private static bool Collect(List<NodeMatch> found, IEnumerable<IndexedWhat> matches, List<string> components, string how, bool firstOnly)
    {
        foreach (var what in matches)
        {
            found.Add(new NodeMatch(what, "/" + string.Join('/', components), how));
            if (firstOnly) return true;
        }
        return false;
    }

    private string[] RootComponents => rootComponents ??= tree.RootPath.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private string[]? rootComponents;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, List<string>> linkComponents = new();

    private List<string> LinkComponents(int link) => linkComponents.GetOrAdd(link, tree.ComponentsOf);

    public bool IsDocumented(int node) => MatchesOf(node, firstOnly: true).Count > 0;
}
