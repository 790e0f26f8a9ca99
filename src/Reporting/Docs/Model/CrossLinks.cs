using AbiTool.Model;
using AbiTool.Patterns;

namespace AbiTool.Reporting.Docs.Model;

/// <summary>What a mention in a Description points to.</summary>
public enum MentionKind
{
    /// <summary>A /sys, /proc, /dev, /config or /kvd path that a What of this tree documents.</summary>
    What,

    /// <summary><c>Documentation/ABI/…</c>: a file of this tree.</summary>
    AbiFile,

    /// <summary><c>Documentation/….rst</c>: another page of the kernel's documentation.</summary>
    KernelDoc,
}

/// <summary>A span of Description text that names something the docs can link to.</summary>
/// <param name="Entry">For <see cref="MentionKind.What"/>: the entry, and <paramref name="Label"/> the anchor of the What.</param>
/// <param name="File">For <see cref="MentionKind.AbiFile"/>.</param>
/// <param name="Target">For <see cref="MentionKind.KernelDoc"/>: the document below Documentation/, without ".rst".</param>
public readonly record struct Mention(int Start, int Length, MentionKind Kind, DocEntry? Entry, string? Label, DocFile? File, string? Target);

/// <summary>
/// Finds mentions of documented paths and ABI files in text. A path links to the What written exactly like it, or
/// else to the What whose pattern matches it most closely (<c>/sys/bus/dax/devices/dax0.0/size</c> → <c>daxX.Y/size</c>).
/// </summary>
public sealed class CrossLinks
{
    private static readonly string[] Roots = ["/sys/", "/proc/", "/dev/", "/config/", "/kvd/"];
    private const string AbiPrefix = "Documentation/ABI/";
    private const string DocPrefix = "Documentation/";

    private readonly Dictionary<string, (DocEntry Entry, string Label)> byWhat = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DocEntry Entry, string Label)>.AlternateLookup<ReadOnlySpan<char>> exactLookup;
    private readonly Dictionary<string, DocFile>.AlternateLookup<ReadOnlySpan<char>> fileLookup;
    private readonly Dictionary<string, (DocEntry, string)?>.AlternateLookup<ReadOnlySpan<char>> matchedLookup;
    private readonly Dictionary<AbiEntry, (DocEntry Entry, int Order)> byEntry = new(ReferenceEqualityComparer.Instance);

    // Patterns for the paths no What is written like. Most Whats end in a plain name ("size") and can only document a
    // path ending in it: those are read into a small index per name, the first time a path with that name is looked
    // up. Descriptions mention few names, so most Whats never need to be read as patterns at all.
    private readonly Dictionary<string, List<(AbiEntry, AbiWhat)>> byLastName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WhatIndex> lastNameIndexes = new(StringComparer.Ordinal);
    private readonly Task<WhatIndex> otherPatterns;

    internal CrossLinks(DocSite site)
    {
        var others = new List<(AbiEntry, AbiWhat)>();
        for (var order = 0; order < site.Entries.Length; order++)
        {
            var entry = site.Entries[order];
            byEntry[entry.Entry] = (entry, order);
            for (var i = 0; i < entry.Whats.Length; i++)
            {
                var what = entry.Whats[i];
                byWhat.TryAdd(what.Text, (entry, entry.Labels[i]));
                if (WhatPatternParser.LiteralLastName(what.Text) is { } name)
                {
                    if (!byLastName.TryGetValue(name, out var named)) byLastName[name] = named = [];
                    named.Add((entry.Entry, what));
                }
                else
                {
                    others.Add((entry.Entry, what));
                }
            }
        }
        exactLookup = byWhat.GetAlternateLookup<ReadOnlySpan<char>>();
        var paths = new Dictionary<string, DocFile>(StringComparer.Ordinal);
        foreach (var file in site.Files) paths.TryAdd(file.Path, file);
        fileLookup = paths.GetAlternateLookup<ReadOnlySpan<char>>();
        matchedLookup = matched.GetAlternateLookup<ReadOnlySpan<char>>();
        // Read while the first pages are written: almost every tree has a mention only a pattern documents.
        otherPatterns = Task.Run(() => WhatIndex.Of(others));
    }

    /// <summary>The entry and What anchor documenting <paramref name="path"/>, if any.</summary>
    public (DocEntry Entry, string Label)? FindWhat(ReadOnlySpan<char> path)
    {
        if (exactLookup.TryGetValue(path, out var exact)) return exact;
        // Descriptions name the same few paths again and again; a pattern search is worth doing once per path.
        lock (matched)
        {
            if (matchedLookup.TryGetValue(path, out var known)) return known;
        }
        var text = path.ToString();
        var found = FindByPattern(text);
        lock (matched) matched[text] = found;
        return found;
    }

    private readonly Dictionary<string, (DocEntry, string)?> matched = new(StringComparer.Ordinal);

    /// <summary>
    /// The What whose pattern matches <paramref name="path"/> most closely: one without "..." before one with, then
    /// the one with more plain components (<c>/sys/devices/.../power</c> before <c>/sys/.../&lt;device&gt;/&lt;UUID&gt;</c>),
    /// then the first in the tree. The choice depends on the matches alone, not on how they were found.
    /// </summary>
    private (DocEntry Entry, string Label)? FindByPattern(string path)
    {
        if (path.AsSpan().IndexOfAny("*<[{") >= 0) return null;
        var components = WhatIndex.Split(path);
        if (components.Length == 0) return null;
        MatchRank? best = null;
        void Consider(IEnumerable<IndexedWhat> matches)
        {
            foreach (var match in matches)
            {
                if (!byEntry.TryGetValue(match.Entry, out var found)) continue;
                var open = match.Pattern.SpansComponents;
                // Matches come without "..." first: once one of those is found, the rest cannot win.
                if (open && best is { Open: false }) return;
                var rank = new MatchRank(open,
                    match.Pattern.Components.Count(c => c is SegmentsComponent { LiteralText: not null }),
                    found.Order, Math.Max(found.Entry.Whats.IndexOf(match.What), 0), found.Entry);
                if (best is not { } known || rank.CompareTo(known) < 0) best = rank;
            }
        }
        Consider(otherPatterns.Result.Match(components));
        if (LastNameIndex(components[^1]) is { } named) Consider(named.Match(components));
        return best is { } chosen ? (chosen.Entry, chosen.Entry.Labels[chosen.What]) : null;
    }

    /// <summary>How well a What fits a path; less is better.</summary>
    private readonly record struct MatchRank(bool Open, int PlainComponents, int Order, int What, DocEntry Entry) : IComparable<MatchRank>
    {
        public int CompareTo(MatchRank other) =>
            (Open, -PlainComponents, Order, What).CompareTo((other.Open, -other.PlainComponents, other.Order, other.What));
    }

    private WhatIndex? LastNameIndex(string name)
    {
        if (!byLastName.TryGetValue(name, out var whats)) return null;
        lock (lastNameIndexes)
        {
            if (!lastNameIndexes.TryGetValue(name, out var index)) lastNameIndexes[name] = index = WhatIndex.Of(whats);
            return index;
        }
    }

    /// <summary>The entry and anchor of the What written exactly so.</summary>
    public (DocEntry Entry, string Label)? FindExact(string what) => byWhat.TryGetValue(what, out var found) ? found : null;

    public DocFile? FindFile(ReadOnlySpan<char> path) => fileLookup.TryGetValue(path, out var file) ? file : null;

    /// <summary>The mentions in one line of text, left to right, not overlapping.</summary>
    public IEnumerable<Mention> Scan(string line)
    {
        for (var at = 0; TryFind(line, at, out var mention); at = mention.Start + mention.Length) yield return mention;
    }

    /// <summary>The first mention in <paramref name="line"/> that starts at <paramref name="from"/> or later.</summary>
    public bool TryFind(ReadOnlySpan<char> line, int from, out Mention mention)
    {
        for (var i = from; i < line.Length; i++)
        {
            // Only a '/' or a 'D' can start a mention.
            var next = line[i..].IndexOfAny('/', 'D');
            if (next < 0) break;
            i += next;
            if (i > 0 && !IsOpening(line[i - 1])) continue;
            var c = line[i];
            if (c == '/')
            {
                if (!StartsWithRoot(line, i)) continue;
                var length = PathLength(line, i);
                if (FindWhat(line.Slice(i, length)) is { } found)
                {
                    mention = new Mention(i, length, MentionKind.What, found.Entry, found.Label, null, null);
                    return true;
                }
                i += length - 1;
            }
            else if (c == 'D' && line[i..].StartsWith(DocPrefix, StringComparison.Ordinal))
            {
                var length = PathLength(line, i);
                var text = line.Slice(i, length);
                if (text.StartsWith(AbiPrefix, StringComparison.Ordinal))
                {
                    if (FindFile(text[AbiPrefix.Length..].TrimEnd('/')) is { } file)
                    {
                        mention = new Mention(i, length, MentionKind.AbiFile, null, null, file, null);
                        return true;
                    }
                }
                else if (text.EndsWith(".rst", StringComparison.Ordinal) && !text.StartsWith("Documentation/devicetree", StringComparison.Ordinal))
                {
                    mention = new Mention(i, length, MentionKind.KernelDoc, null, null, null, text[DocPrefix.Length..^4].ToString());
                    return true;
                }
                i += length - 1;
            }
        }
        mention = default;
        return false;
    }

    private static bool IsOpening(char c) => char.IsWhiteSpace(c) || c is '(' or '"' or '\'';

    private static bool StartsWithRoot(ReadOnlySpan<char> line, int at)
    {
        foreach (var root in Roots)
        {
            if (line[at..].StartsWith(root, StringComparison.Ordinal) && line.Length > at + root.Length) return true;
        }
        return false;
    }

    /// <summary>A path runs to the next space or closing punctuation; a final '.' or ':' ends the sentence, not the path.</summary>
    private static int PathLength(ReadOnlySpan<char> line, int start)
    {
        var end = start;
        while (end < line.Length && !char.IsWhiteSpace(line[end]) && line[end] is not (',' or ';' or ')' or '"' or '\'' or '`')) end++;
        while (end > start + 1 && line[end - 1] is '.' or ':') end--;
        return end - start;
    }
}
