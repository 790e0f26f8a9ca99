using System.Collections.Frozen;
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
public sealed record Mention(int Start, int Length, MentionKind Kind, DocEntry? Entry, string? Label, DocFile? File, string? Target);

/// <summary>
/// Finds mentions of documented paths and ABI files in text. A path links to the What written exactly like it, or
/// else to the first What whose pattern matches it (<c>/sys/bus/dax/devices/dax0.0/size</c> → <c>daxX.Y/size</c>).
/// </summary>
public sealed class CrossLinks
{
    private static readonly string[] Roots = ["/sys/", "/proc/", "/dev/", "/config/", "/kvd/"];
    private const string AbiPrefix = "Documentation/ABI/";
    private const string DocPrefix = "Documentation/";

    private readonly FrozenDictionary<string, (DocEntry Entry, string Label)> byWhat;
    private readonly FrozenDictionary<string, DocFile> byPath;
    private readonly Task<WhatIndex> index;
    private readonly Dictionary<AbiEntry, DocEntry> byEntry;

    internal CrossLinks(DocSite site)
    {
        var whats = new Dictionary<string, (DocEntry, string)>(StringComparer.Ordinal);
        byEntry = new Dictionary<AbiEntry, DocEntry>(ReferenceEqualityComparer.Instance);
        foreach (var entry in site.Entries)
        {
            byEntry[entry.Entry] = entry;
            for (var i = 0; i < entry.Whats.Length; i++) whats.TryAdd(entry.Whats[i].Text, (entry, entry.Labels[i]));
        }
        byWhat = whats.ToFrozenDictionary(StringComparer.Ordinal);
        var paths = new Dictionary<string, DocFile>(StringComparer.Ordinal);
        foreach (var file in site.Files) paths.TryAdd(file.Path, file);
        byPath = paths.ToFrozenDictionary(StringComparer.Ordinal);
        // Built while the first pages are written: almost every tree has a mention only a pattern documents.
        index = Task.Run(() => WhatIndex.Build(site.Corpus));
    }

    /// <summary>The entry and What anchor documenting <paramref name="path"/>, if any.</summary>
    public (DocEntry Entry, string Label)? FindWhat(string path)
    {
        if (byWhat.TryGetValue(path, out var exact)) return exact;
        // Descriptions name the same few paths again and again; a pattern search is worth doing once per path.
        lock (matched)
        {
            if (matched.TryGetValue(path, out var known)) return known;
        }
        var found = FindByPattern(path);
        lock (matched) matched[path] = found;
        return found;
    }

    private readonly Dictionary<string, (DocEntry, string)?> matched = new(StringComparer.Ordinal);

    private (DocEntry Entry, string Label)? FindByPattern(string path)
    {
        if (path.Contains('*') || path.Contains('<') || path.Contains('[') || path.Contains('{')) return null;
        foreach (var match in index.Result.Match(WhatIndex.Split(path)))
        {
            if (byEntry.TryGetValue(match.Entry, out var entry))
            {
                var i = entry.Whats.IndexOf(match.What);
                return (entry, entry.Labels[Math.Max(i, 0)]);
            }
        }
        return null;
    }

    /// <summary>The entry and anchor of the What written exactly so.</summary>
    public (DocEntry Entry, string Label)? FindExact(string what) => byWhat.TryGetValue(what, out var found) ? found : null;

    public DocFile? FindFile(string path) => byPath.GetValueOrDefault(path);

    /// <summary>The mentions in one line of text, left to right, not overlapping.</summary>
    public IEnumerable<Mention> Scan(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (i > 0 && !IsOpening(line[i - 1])) continue;
            var c = line[i];
            if (c == '/')
            {
                if (!StartsWithRoot(line, i)) continue;
                var length = PathLength(line, i);
                var path = line.Substring(i, length);
                if (FindWhat(path) is { } found)
                {
                    yield return new Mention(i, length, MentionKind.What, found.Entry, found.Label, null, null);
                }
                i += length - 1;
            }
            else if (c == 'D' && string.CompareOrdinal(line, i, DocPrefix, 0, DocPrefix.Length) == 0)
            {
                var length = PathLength(line, i);
                var text = line.Substring(i, length);
                if (text.StartsWith(AbiPrefix, StringComparison.Ordinal))
                {
                    if (FindFile(text[AbiPrefix.Length..].TrimEnd('/')) is { } file)
                        yield return new Mention(i, length, MentionKind.AbiFile, null, null, file, null);
                }
                else if (text.EndsWith(".rst", StringComparison.Ordinal) && !text.StartsWith("Documentation/devicetree", StringComparison.Ordinal))
                {
                    yield return new Mention(i, length, MentionKind.KernelDoc, null, null, null, text[DocPrefix.Length..^4]);
                }
                i += length - 1;
            }
        }
    }

    private static bool IsOpening(char c) => char.IsWhiteSpace(c) || c is '(' or '"' or '\'';

    private static bool StartsWithRoot(string line, int at)
    {
        foreach (var root in Roots)
        {
            if (string.CompareOrdinal(line, at, root, 0, root.Length) == 0 && line.Length > at + root.Length) return true;
        }
        return false;
    }

    /// <summary>A path runs to the next space or closing punctuation; a final '.' or ':' ends the sentence, not the path.</summary>
    private static int PathLength(string line, int start)
    {
        var end = start;
        while (end < line.Length && !char.IsWhiteSpace(line[end]) && line[end] is not (',' or ';' or ')' or '"' or '\'' or '`')) end++;
        while (end > start + 1 && line[end - 1] is '.' or ':') end--;
        return end - start;
    }
}
