using AbiTool.Text;

namespace AbiTool.Parsing;

/// <summary>The head of a line that may open a tag: its name, whether a colon follows, and where the value starts.</summary>
/// <param name="ValueColumn">0-based index in the line where the value starts (after the colon and blanks).</param>
/// <param name="Separator">The character written in place of the colon, if any (<c>What;</c>).</param>
internal readonly record struct TagHead(string Name, bool HasColon, int ValueColumn, char? Separator = null);

/// <summary>
/// The grammar of a line that starts at column 0. The ABI format is line-oriented: a tag can only open at column 0, so
/// only those lines are read here; <see cref="AbiFileParser"/> folds the classified lines into entries.
/// </summary>
/// <remarks>
/// <code>
/// tag-name   = ascii-letter { ascii-letter | digit | "_" | "-" }
/// colon-head = tag-name ":" ¬"/" { blank }          (the ¬"/" keeps "ftp://host" from reading as a tag)
/// semi-head  = tag-name ";" { blank }               (a semicolon typed for the colon)
/// space-head = tag-name blank { blank }             (a tag missing its colon, when the name is a known tag)
/// bare-head  = tag-name end-of-line                 ("Description" alone)
/// </code>
/// A grammar this small reads as one left-to-right scan: a parser combinator (and the memo its cost needed) ran for
/// every column-0 line of a tree for no gain.
/// </remarks>
internal static class AbiLineGrammar
{
    /// <summary>Names seen before, so that a tree's thousands of tag lines share a few strings.</summary>
    private static readonly BoundedMemo<string> Names = new(name => name);

    /// <summary>Reads the head of a column-0 line; the value is the rest of the line from <see cref="TagHead.ValueColumn"/>.</summary>
    public static bool TryParseHead(ReadOnlySpan<char> line, out TagHead head)
    {
        head = default;
        if (line.Length == 0 || !char.IsAsciiLetter(line[0])) return false;
        var end = 1;
        while (end < line.Length && (char.IsAsciiLetterOrDigit(line[end]) || line[end] is '_' or '-')) end++;
        var name = line[..end];
        if (end == line.Length)
        {
            head = new TagHead(NameOf(name), HasColon: false, ValueColumn: end);
            return true;
        }
        char? separator = null;
        var hasColon = false;
        var value = end;
        switch (line[end])
        {
            case ':' when end + 1 < line.Length && line[end + 1] == '/':
                return false;
            case ':':
                hasColon = true;
                value++;
                break;
            case ';':
                separator = ';';
                value++;
                break;
            case ' ' or '\t':
                break;
            default:
                return false;
        }
        while (value < line.Length && line[value] is ' ' or '\t') value++;
        head = new TagHead(NameOf(name), hasColon, value, separator);
        return true;
    }

    private static string NameOf(ReadOnlySpan<char> name)
    {
        foreach (var canonical in TagNames.Canonical)
        {
            if (name.SequenceEqual(canonical)) return canonical;
        }
        return Names.Get(name);
    }
}
