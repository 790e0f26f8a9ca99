using AbiTool.Reporting.Docs.Model;

namespace AbiTool.Reporting.Docs.Text;

public enum InlineKind
{
    Text,

    /// <summary>``literal`` in ReST: shown as code.</summary>
    Code,

    /// <summary>A mention of something the docs link to.</summary>
    Link,
}

/// <summary>A piece of one line of Description text.</summary>
public readonly record struct Inline(InlineKind Kind, string Text, Mention? Mention = null);

/// <summary>Splits a line into plain text, ReST inline literals and linkable mentions, for the renderers that link.</summary>
public static class Inlines
{
    public static List<Inline> Split(string line, CrossLinks links)
    {
        var parts = new List<Inline>();
        var at = 0;
        while (at < line.Length)
        {
            var open = line.IndexOf("``", at, StringComparison.Ordinal);
            var close = open < 0 ? -1 : line.IndexOf("``", open + 2, StringComparison.Ordinal);
            var plainEnd = close > open + 2 ? open : line.Length;
            AddPlain(line[at..plainEnd], links, parts);
            if (plainEnd == line.Length) break;
            parts.Add(new Inline(InlineKind.Code, line[(open + 2)..close]));
            at = close + 2;
        }
        return parts;
    }

    private static void AddPlain(string text, CrossLinks links, List<Inline> parts)
    {
        var at = 0;
        foreach (var mention in links.Scan(text))
        {
            if (mention.Start > at) parts.Add(new Inline(InlineKind.Text, text[at..mention.Start]));
            parts.Add(new Inline(InlineKind.Link, text.Substring(mention.Start, mention.Length), mention));
            at = mention.Start + mention.Length;
        }
        if (at < text.Length) parts.Add(new Inline(InlineKind.Text, text[at..]));
    }
}
