using System.Text.RegularExpressions;
using AbiTool.Patterns;

namespace AbiTool.Sysfs;

/// <summary>A node no What documents, with the Whats that came nearest.</summary>
public sealed record UndefinedNode(int Node, string Path, IReadOnlyList<Hint> Hints);

/// <summary>A near miss: a What that shares the node's name or leading components, and how far it got.</summary>
public sealed record Hint(IndexedWhat What, int MatchedComponents);

/// <summary><c>abi undefined</c>: the files (and, when asked, folders) of a tree that no What documents.</summary>
public static class UndefinedAnalysis
{
    /// <summary>
    /// Parts of sysfs that Documentation/ABI does not cover by design, skipped as the kernel's get_abi.pl skips them:
    /// module parameters (documented in kernel-parameters.txt, and their names are not ABI), firmware tables (ACPI and
    /// devicetree documents), module sections and notes (not ABI), and cgroupfs (a separate filesystem).
    /// </summary>
    public static readonly IReadOnlyList<string> OutOfScope = ["/parameters/", "/sections/", "/notes/", "^/sys/firmware/", "^/sys/fs/cgroup/"];

    public static bool IsOutOfScope(string path)
    {
        foreach (var part in OutOfScope)
        {
            if (part[0] == '^' ? path.StartsWith(part[1..], StringComparison.Ordinal) : path.Contains(part, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public static List<UndefinedNode> Run(SysfsTree tree, WhatIndex index, Regex? filter = null, bool directories = false, bool hints = false,
        bool everything = false)
    {
        var matcher = new TreeMatcher(tree, index);
        var candidates = Enumerable.Range(1, tree.Count - 1)
            .Where(i => tree[i].Kind == SysfsNodeKind.File || (directories && tree[i].Kind == SysfsNodeKind.Directory))
            .ToArray();
        var results = new UndefinedNode?[candidates.Length];
        Parallel.For(0, candidates.Length, k =>
        {
            var node = candidates[k];
            // Building the path costs more than most checks: without a filter, only undocumented nodes need it.
            var path = filter is null ? null : tree.PathOf(node);
            if (path is not null && !filter!.IsMatch(path)) return;
            if (matcher.IsDocumented(node)) return;
            path ??= tree.PathOf(node);
            if (!everything && IsOutOfScope(path)) return;
            results[k] = new UndefinedNode(node, path, hints ? Nearest(index, path) : []);
        });
        return [.. results.OfType<UndefinedNode>()];
    }

    /// <summary>The three Whats that follow the path furthest before they part from it.</summary>
    public static List<Hint> Nearest(WhatIndex index, string path)
    {
        var components = WhatIndex.Split(path);
        return index.Candidates(components)
            .Select(what => new Hint(what, PatternMatcher.FirstMismatch(what.Pattern.Components, components)))
            .Where(hint => hint.MatchedComponents > 0)
            .OrderByDescending(hint => hint.MatchedComponents)
            .ThenBy(hint => hint.What.What.Text, StringComparer.Ordinal)
            .Take(3)
            .ToList();
    }
}
