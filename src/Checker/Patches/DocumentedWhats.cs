using AbiTool.Model;
using AbiTool.Patterns;

namespace AbiTool.Patches;

/// <summary>A What that may document an attribute, with where it comes from.</summary>
/// <param name="RelativePath">The entry's ABI file below the ABI root.</param>
/// <param name="DeclaredAccess">The (RO)/(RW)/(WO) that opens the entry's Description, upper-case without brackets, if any.</param>
/// <param name="FromPatch">Added (or shown) by the patch series itself, rather than read from the existing tree.</param>
/// <remarks>Only these few fields are kept, not the entry: a long series streams through and its text is let go.</remarks>
public sealed record DocumentingWhat(AbiWhat What, string RelativePath, string? DeclaredAccess, bool FromPatch);

/// <summary>
/// Whats filed by their last component, to answer "which Whats could document a file named x": a plain last name is
/// looked up directly, and a last component with placeholders (<c>target[0..N]</c>, <c>cap_{pmem,ram}</c>) is matched
/// with the What-pattern language. Whats of the existing tree whose last component is only a placeholder are left out:
/// they name no attribute.
/// </summary>
public sealed class DocumentedWhats
{
    private readonly Dictionary<string, List<DocumentingWhat>> byName = new(StringComparer.Ordinal);
    // Patterned last components filed by the literal text they start with ("target" of target[0..N]), so that a name
    // meets only those whose prefix it shares.
    private readonly Dictionary<string, List<(SegmentsComponent Last, DocumentingWhat What)>> patterned = new(StringComparer.Ordinal);

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
            var documenting = new DocumentingWhat(what, entry.RelativePath, DeclaredAccess.Of(entry.Description), fromPatch);
            if (last.LiteralText is { } name)
            {
                if (!byName.TryGetValue(name, out var list)) byName[name] = list = [];
                list.Add(documenting);
            }
            else
            {
                var prefix = last.Segments[0] is LiteralSegment literal ? literal.Text : "";
                if (!patterned.TryGetValue(prefix, out var list)) patterned[prefix] = list = [];
                list.Add((last, documenting));
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
        for (var length = 0; length <= attribute.Length; length++)
        {
            if (!patterned.TryGetValue(attribute[..length], out var sharing)) continue;
            foreach (var (last, what) in sharing)
            {
                if (PatternMatcher.MatchesComponent(last, attribute)) yield return what;
            }
        }
    }
}
