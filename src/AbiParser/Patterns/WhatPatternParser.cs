using System.Collections.Immutable;
using AbiTool.Text;
using Sprache;

namespace AbiTool.Patterns;

/// <summary>
/// Reads a What string into a <see cref="WhatPattern"/>. The language is written down in docs/what-patterns.md; in
/// short: the path ends at the first blank outside &lt;…&gt; (what follows is a remark), a trailing '/' names a
/// directory, components are split at '/', and inside a component &lt;…&gt;, […], {…}, '*', '...' and the capitals
/// X, Y, Z, N are placeholders.
/// </summary>
public static class WhatPatternParser
{
    private const string Specials = "<[{*\\…";

    private static readonly BoundedMemo<ComponentReading> Components = new(ReadComponent);

    /// <summary>
    /// Whether the What can be used as a pattern, and why not. Cheaper than <see cref="Parse"/> for the common case:
    /// a path with no brackets, braces, escapes, '$(' or '/../' cannot fail to read, whatever else it holds.
    /// </summary>
    public static (WhatKind Kind, string? Problem) Check(string what)
    {
        var text = what.AsSpan().Trim();
        if (text.StartsWith('/') && text.IndexOfAny("[{\\$") < 0 && !text.Contains("/../", StringComparison.Ordinal) && !text.EndsWith("/.."))
            return (WhatKind.Path, null);
        var pattern = Parse(what);
        return (pattern.Kind, pattern.Problem);
    }

    /// <summary>
    /// The name a What's last component stands for, when that can be told without reading the pattern: the What is a
    /// path whose last component is a plain name (no placeholder of any kind, none of the capitals X, Y, Z, N). Such
    /// a What can only document paths that end in that name. Null for every other What.
    /// </summary>
    public static string? LiteralLastName(string what)
    {
        var text = what.Trim();
        if (!text.StartsWith('/')) return null;
        // The path as ParsePath reads it: up to its remark, without the sentence's punctuation or a directory's '/'.
        var (path, _) = SplitRemark(text);
        if (!path.EndsWith("...", StringComparison.Ordinal) && !path.EndsWith('…')) path = path.TrimEnd(',', '.', ';');
        var last = path.AsSpan(LastComponentStart(path.TrimEnd('/'))).TrimEnd('/');
        if (last.IsEmpty || last is "." or ".." || last.IndexOfAny(Specials) >= 0 || last.Contains("...", StringComparison.Ordinal)
            || last.IndexOfAny("XYZN") >= 0)
            return null;
        return last.ToString();
    }

    /// <summary>Where the last component starts: after the last '/' outside brackets, as <see cref="SplitComponents"/> splits.</summary>
    private static int LastComponentStart(string path)
    {
        var start = 0;
        for (int slash; (slash = NextSeparator(path, start)) >= 0;) start = slash + 1;
        return start;
    }

    /// <summary>
    /// The first '/' at or after <paramref name="from"/> (a component's start) that is not inside &lt;…&gt;, […] or
    /// {…}; -1 when there is none.
    /// </summary>
    private static int NextSeparator(string path, int from)
    {
        var depth = 0;
        for (var i = from; i < path.Length; i++)
        {
            var c = path[i];
            if (c is '<' or '[' or '{') depth++;
            else if (c is '>' or ']' or '}' && depth > 0) depth--;
            else if (c == '/' && depth == 0) return i;
        }
        return -1;
    }

    public static WhatPattern Parse(string what)
    {
        var text = what.Trim();
        if (text.StartsWith("$(readlink", StringComparison.Ordinal)) return ParseReadlink(what, text);
        if (!(text.StartsWith('/') || text.StartsWith("...", StringComparison.Ordinal) || text.StartsWith('…')))
            return NotAPath(what, "it does not start with '/': it describes an interface but names no path");

        var (path, remark) = SplitRemark(text);
        return ParsePath(what, path, remark);
    }

    private static WhatPattern ParsePath(string what, string path, string? remark)
    {
        // Trailing punctuation belongs to the sentence, not the path; a trailing ellipsis ("/dev/pstore/...") stays.
        if (!path.EndsWith("...", StringComparison.Ordinal) && !path.EndsWith('…')) path = path.TrimEnd(',', '.', ';');
        var isDirectory = path.EndsWith('/') && path.Length > 1;
        var parts = SplitComponents(path.TrimEnd('/'));
        var components = ImmutableArray.CreateBuilder<PatternComponent>();
        var afterLink = ImmutableArray.CreateBuilder<PatternComponent>();
        var seenParent = false;
        foreach (var part in parts)
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..")
            {
                if (seenParent || components.Count == 0)
                    return Unreadable(what, "'..' may appear once, after the link it climbs out of");
                seenParent = true;
                continue;
            }
            var reading = ReadComponentText(part);
            if (reading.Problem is not null) return Unreadable(what, reading.Problem);
            (seenParent ? afterLink : components).Add(reading.Component!);
        }
        if (components.Count == 0) return Unreadable(what, "the path has no components");
        return new WhatPattern(what, seenParent ? WhatKind.ThroughLink : WhatKind.Path, components.ToImmutable(),
            afterLink.ToImmutable(), isDirectory, remark, null);
    }

    /// <summary><c>$(readlink -f LINK)/../REST</c>: LINK is resolved and REST is read from its target's parent.</summary>
    private static WhatPattern ParseReadlink(string what, string text)
    {
        var open = text.IndexOf(' ', "$(readlink".Length);
        var close = text.IndexOf(')');
        if (close < 0) return Unreadable(what, "'$(readlink' has no closing ')'");
        var link = text[(open + 1)..close].Trim();
        while (link.StartsWith('-'))
        {
            var blank = link.IndexOf(' ');
            if (blank < 0) return Unreadable(what, "'$(readlink …)' names no link");
            link = link[(blank + 1)..].TrimStart();
        }
        var (rest, remark) = SplitRemark(text[(close + 1)..]);
        if (!rest.StartsWith("/../", StringComparison.Ordinal))
            return Unreadable(what, "after '$(readlink …)' only '/../REST' is understood");
        return ParsePath(what, link + rest, remark);
    }

    /// <summary>The path ends at the first blank that is not inside &lt;…&gt;; the rest is a remark.</summary>
    private static (string Path, string? Remark) SplitRemark(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '<') depth++;
            else if (c == '>' && depth > 0) depth--;
            else if (char.IsWhiteSpace(c) && depth == 0) return (text[..i], text[i..].Trim());
        }
        return (text, null);
    }

    private static List<string> SplitComponents(string path)
    {
        var parts = new List<string>();
        var start = 0;
        for (int slash; (slash = NextSeparator(path, start)) >= 0; start = slash + 1) parts.Add(path[start..slash]);
        parts.Add(path[start..]);
        return parts;
    }

    private sealed record ComponentReading(PatternComponent? Component, string? Problem);

    private static ComponentReading ReadComponentText(string part) => Components.Get(part);

    private static ComponentReading ReadComponent(string part)
    {
        // "...", "…" and a lone "*" stand for one or more components: "/sys/devices/*/dev" is the dev file of any
        // device, however deep it sits under /sys/devices.
        if (part is "..." or "…" or "*") return new(new AnyComponentsComponent(), null);
        // Most components are plain names; only those with brackets, braces, stars or escapes need the grammar.
        ImmutableArray<Segment> segments;
        if (part.AsSpan().IndexOfAny(Specials) < 0 && !part.Contains("...", StringComparison.Ordinal))
        {
            segments = [new LiteralSegment(part)];
        }
        else
        {
            var result = ComponentGrammar.Component.TryParse(part);
            if (!result.WasSuccessful)
                return new(null, $"component '{part}' has an unbalanced or unknown placeholder");
            segments = [.. result.Value];
            if (segments.OfType<ProblemSegment>().FirstOrDefault() is { } problem) return new(null, problem.Message);
        }
        return new(new SegmentsComponent(Capitals.Mark(segments)), null);
    }

    private static WhatPattern NotAPath(string what, string problem) => new(what, WhatKind.NotAPath, [], [], false, null, problem);

    private static WhatPattern Unreadable(string what, string problem) => new(what, WhatKind.Unreadable, [], [], false, null, problem);
}

/// <summary>A placeholder the grammar recognised but cannot interpret; turns the whole What unreadable.</summary>
internal sealed record ProblemSegment(string Message) : Segment;
