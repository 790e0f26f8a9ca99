using System.Text;

namespace AbiTool.Reporting.Docs.Markdown;

/// <summary>
/// Escaping for Markdown read by Markdig with its advanced extensions (so also math <c>$</c>, sub/superscript
/// <c>~</c>/<c>^</c>, generic attributes <c>{}</c>, citations <c>""</c>, marks <c>==</c>/<c>++</c>): Description text
/// must come out as the same characters, never as markup.
/// </summary>
public static class MarkdownText
{
    public static string Escape(string text, bool lineStart = false)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previous = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            var escape = c switch
            {
                '\\' or '`' or '*' or '[' or ']' or '<' or '>' or '|' or '~' or '^' or '$' or '{' or '}' or '&' => true,
                '_' => !char.IsLetterOrDigit(previous) || !char.IsLetterOrDigit(next),
                '"' or '=' or '+' or ':' => next == c || previous == c,
                _ => false,
            };
            if (lineStart && i == 0 && c is '#' or '+' or '-' or '=' or ':' or '!') escape = true;
            if (lineStart && c is '.' or ')' && IsAllDigits(text, i)) escape = true;
            if (escape) builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>A code span that holds <paramref name="code"/> whatever backticks it contains.</summary>
    public static string Code(string code)
    {
        var fence = new string('`', LongestBacktickRun(code) + 1);
        var pad = code.StartsWith('`') || code.EndsWith('`') || code.Length == 0 ? " " : "";
        return $"{fence}{pad}{code}{pad}{fence}";
    }

    /// <summary>A fence for a code block that holds <paramref name="code"/>.</summary>
    public static string Fence(string code) => new('`', Math.Max(3, LongestBacktickRun(code) + 1));

    private static int LongestBacktickRun(string code)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in code)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    /// <summary>An href as Markdown link destination: angle brackets keep spaces and parentheses safe.</summary>
    public static string Destination(string href) => $"<{href.Replace("<", "%3C").Replace(">", "%3E")}>";

    private static bool IsAllDigits(string text, int end)
    {
        if (end == 0) return false;
        for (var i = 0; i < end; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return false;
        }
        return true;
    }
}
