using AbiTool.Text;
using Sprache;

namespace AbiTool.Parsing;

/// <summary>The head of a line that may open a tag: its name, whether a colon follows, and where the value starts.</summary>
/// <param name="ValueColumn">0-based index in the line where the value starts (after the colon and blanks).</param>
/// <param name="Separator">The character written in place of the colon, if any (<c>What;</c>).</param>
internal readonly record struct TagHead(string Name, bool HasColon, int ValueColumn, char? Separator = null);

/// <summary>
/// The grammar of a line that starts at column 0. The ABI format is line-oriented: a tag can only open at column 0, so
/// only those lines are parsed here; <see cref="AbiFileParser"/> folds the classified lines into entries.
/// </summary>
/// <remarks>
/// <code>
/// tag-name   = letter { letter | digit | "_" | "-" }
/// colon-head = tag-name ":" ¬"/" { blank }          (the ¬"/" keeps "ftp://host" from reading as a tag)
/// semi-head  = tag-name ";" { blank }               (a semicolon typed for the colon)
/// space-head = tag-name blank { blank }             (a tag missing its colon, when the name is a known tag)
/// bare-head  = tag-name end-of-line                 ("Description" alone)
/// </code>
/// </remarks>
internal static class AbiLineGrammar
{
    private static readonly Parser<char> Blank = Parse.Chars(' ', '\t');

    private static readonly Parser<string> TagName =
        from first in Parse.Letter
        from rest in Parse.LetterOrDigit.Or(Parse.Chars('_', '-')).Many().Text()
        select first + rest;

    private static readonly Parser<TagHead> ColonHead =
        from name in TagName
        from colon in Parse.Char(':')
        from notUrl in Parse.Char('/').Not()
        from blanks in Blank.Many()
        select new TagHead(name, HasColon: true, ValueColumn: 0);

    private static readonly Parser<TagHead> SpaceHead =
        from name in TagName
        from blanks in Blank.AtLeastOnce()
        select new TagHead(name, HasColon: false, ValueColumn: 0);

    private static readonly Parser<TagHead> BareHead =
        from name in TagName.End()
        select new TagHead(name, HasColon: false, ValueColumn: 0);

    /// <summary><c>What;</c> — a semicolon typed for the colon; only trusted for an exactly spelled tag name.</summary>
    private static readonly Parser<TagHead> SemicolonHead =
        from name in TagName
        from semicolon in Parse.Char(';')
        from blanks in Blank.Many()
        select new TagHead(name, HasColon: false, ValueColumn: 0, Separator: ';');

    private static readonly Parser<TagHead> Head = ColonHead.Or(SemicolonHead).Or(SpaceHead).Or(BareHead);

    private static readonly BoundedMemo<TagHead?> Heads = new(ParseHead);

    /// <summary>Parses the head of a column-0 line; the value is the rest of the line from <see cref="TagHead.ValueColumn"/>.</summary>
    public static bool TryParseHead(ReadOnlySpan<char> line, out TagHead head)
    {
        // Every head starts with a letter; anything else is text without asking the grammar.
        if (line.Length == 0 || !char.IsAsciiLetter(line[0]))
        {
            head = default;
            return false;
        }
        Span<char> buffer = stackalloc char[128];
        var parsed = Heads.Get(HeadKey(line, buffer));
        head = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }

    /// <summary>
    /// What the grammar's answer depends on: the name, one separator, the blanks after it, and whether the line ends
    /// there or goes on with a '/' or with anything else (the not-a-URL and end-of-line tests). Lines with the same key
    /// parse the same way, so a kernel tree needs about a hundred parses.
    /// </summary>
    private static ReadOnlySpan<char> HeadKey(ReadOnlySpan<char> line, Span<char> buffer)
    {
        var i = 0;
        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] is '_' or '-')) i++;
        if (i < line.Length && line[i] is ':' or ';') i++;
        while (i < line.Length && line[i] is ' ' or '\t') i++;
        if (i == line.Length || i >= buffer.Length) return line[..Math.Min(i, buffer.Length)];
        line[..i].CopyTo(buffer);
        buffer[i] = line[i] == '/' ? '/' : 'x';
        return buffer[..(i + 1)];
    }

    private static TagHead? ParseHead(string key)
    {
        var result = Head.TryParse(key);
        if (!result.WasSuccessful) return null;
        return result.Value with { ValueColumn = result.Remainder.Position };
    }
}
