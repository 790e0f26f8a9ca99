using AbiTool.Model;
using AbiTool.Patterns;

namespace AbiTool.Patches;

/// <summary>A What that may document an attribute, with where it comes from.</summary>
/// <param name="FromPatch">Added (or shown) by the patch series itself, rather than read from the existing tree.</param>
public sealed record DocumentingWhat(AbiEntry Entry, AbiWhat What, bool FromPatch);

/// <summary>
/// Whats filed by their last component, to answer "which Whats could document a file named x": a plain last name is
/// looked up directly, and a last component with placeholders (<c>target[0..N]</c>, <c>cap_{pmem,ram}</c>) is matched
/// with the What-pattern language. Whats of the existing tree whose last component is only a placeholder are left out:
/// they name no attribute.
/// </summary>
public sealed class DocumentedWhats
{
    private readonly Dictionary<string, List<DocumentingWhat>> byName = new(StringComparer.Ordinal);
    private readonly List<(SegmentsComponent Last, DocumentingWhat What)> patterned = [];

    public void Add(AbiEntry entry, bool fromPatch)
    {
        foreach (var what in entry.Whats)
        {
            var pattern = WhatPatternParser.Parse(what.Text);
            if (!pattern.CanMatch || pattern.IsDirectory) continue;
            var components = pattern.Kind == WhatKind.ThroughLink && !pattern.AfterLink.IsEmpty ? pattern.AfterLink : pattern.Components;
            if (components.IsEmpty || components[^1] is not SegmentsComponent last) continue;
            // A tree's "…/ports/<port>" or "…/*" documents whatever a driver puts there, not a named attribute.
            if (!fromPatch && !last.Segments.Any(s => s is LiteralSegment)) continue;
            var documenting = new DocumentingWhat(entry, what, fromPatch);
            if (last.LiteralText is { } name)
            {
                if (!byName.TryGetValue(name, out var list)) byName[name] = list = [];
                list.Add(documenting);
            }
            else
            {
                patterned.Add((last, documenting));
            }
        }
    }

    public void AddAll(AbiCorpus corpus, bool fromPatch)
    {
        foreach (var entry in corpus.Entries) Add(entry, fromPatch);
    }

    /// <summary>Every What whose last component names <paramref name="attribute"/>.</summary>
    public IEnumerable<DocumentingWhat> Candidates(string attribute)
    {
        if (byName.TryGetValue(attribute, out var list))
        {
            foreach (var what in list) yield return what;
        }
        foreach (var (last, what) in patterned)
        {
            if (PatternMatcher.MatchesComponent(last, attribute)) yield return what;
        }
    }
}
