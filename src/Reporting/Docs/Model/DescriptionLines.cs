using System.Text;
using AbiTool.Model;
using AbiTool.Text;

namespace AbiTool.Reporting.Docs.Model;

/// <summary>A Description as the lines a reader sees, with the source line of the first.</summary>
/// <param name="Lines">The lines, mostly ranges of the file's own text (a line is copied only to expand its tabs).</param>
/// <param name="FirstLine">Source line of <c>Lines[0]</c>, the rest following one per line; 0 when lines do not map one to one.</param>
public sealed record DescriptionText(ReadOnlyMemory<char>[] Lines, int FirstLine)
{
    public static readonly DescriptionText Empty = new([], 0);

    public string Text
    {
        get
        {
            var builder = new StringBuilder(Lines.Sum(l => l.Length + 1));
            foreach (var line in Lines)
            {
                if (builder.Length > 0) builder.Append('\n');
                builder.Append(line.Span);
            }
            return builder.ToString();
        }
    }
}

/// <summary>
/// Lays Descriptions out with the indentation ABI authors mean. The model removes only the indentation all body lines
/// share, which is nothing when one line such as <c>Values: …</c> starts at column 0 while the rest are aligned with
/// the text after <c>Description:</c>; read that way, every aligned line would look like an indented block. Here the
/// reference is the column of the text after the tag (or of the first body line when the tag line has none): body
/// lines lose that much indentation until a line indented less, from which on lines stay as written (as the kernel's
/// tools read them, so the ReST the authors checked is the ReST Sphinx gets).
/// </summary>
public static class DescriptionLines
{
    public static DescriptionText Of(AbiEntry entry)
    {
        var description = entry.Description;
        if (description is null || description.IsEmpty) return DescriptionText.Empty;
        var tag = entry.First(AbiTagKind.Description);
        if (tag is not null && !description.Written.IsEmpty && tag.Span.Line == description.Span.Line)
            return AsWritten(description.Written, tag);
        return AsModelled(description);
    }

    /// <summary>A file's text before its first entry, with the source line of its first line.</summary>
    public static DescriptionText Preamble(AbiFile file)
    {
        if (string.IsNullOrWhiteSpace(file.Preamble)) return DescriptionText.Empty;
        var text = file.Preamble.AsMemory().Trim('\n');
        var lines = new List<ReadOnlyMemory<char>>();
        foreach (var range in text.Span.Split('\n')) lines.Add(text[range].TrimEnd());
        return new DescriptionText([.. lines], file.PreambleLine);
    }

    /// <param name="written">The tag line and the body lines, as in the file.</param>
    private static DescriptionText AsWritten(ReadOnlyMemory<char> written, AbiTag tag)
    {
        var lines = new List<ReadOnlyMemory<char>>();
        var rows = written.Span.Split('\n');
        rows.MoveNext();
        var tagLine = written[rows.Current];
        var valueAt = Math.Clamp(tag.ValueSpan.Column - 1, 0, tagLine.Length);
        int reference;
        int firstLine;
        var first = Expand(tagLine, Indentation.ColumnOf(tagLine.Span, valueAt)).Trim();
        if (first.Length > 0)
        {
            lines.Add(first);
            reference = Indentation.ColumnOf(tagLine.Span, valueAt);
            firstLine = tag.Span.Line;
        }
        else
        {
            reference = -1;
            firstLine = tag.Span.Line + 1;
        }
        while (rows.MoveNext())
        {
            var row = written[rows.Current];
            if (row.Span.IsWhiteSpace())
            {
                if (lines.Count > 0) lines.Add(default);
                else firstLine++;
                continue;
            }
            var indent = Indent(row.Span);
            if (reference < 0) reference = indent;
            // A line indented less than the reference ends the alignment: from there on, lines stay as written.
            if (indent < reference) reference = 0;
            lines.Add(Expand(row, reference).TrimEnd());
        }
        return new DescriptionText([.. lines], firstLine);
    }

    /// <summary>The model's text, for a Description that has no one written range.</summary>
    private static DescriptionText AsModelled(AbiDescription description)
    {
        var text = description.Text.AsMemory();
        var lines = new List<ReadOnlyMemory<char>>();
        foreach (var range in text.Span.Split('\n')) lines.Add(text[range]);
        var spanLines = description.Span.EndLine - description.Span.Line + 1;
        var first = lines.Count == spanLines ? description.Span.Line : lines.Count == spanLines - 1 ? description.Span.Line + 1 : 0;
        return new DescriptionText([.. lines], first);
    }

    /// <summary>
    /// The line with tabs expanded to 8-column stops, from visual column <paramref name="from"/> on: a range of the
    /// line itself when no tab follows that column (most lines, also most indented with tabs), else a copy.
    /// </summary>
    private static ReadOnlyMemory<char> Expand(ReadOnlyMemory<char> line, int from)
    {
        var span = line.Span;
        var (at, column) = (0, 0);
        for (; at < span.Length && column < from; at++) column = Indentation.Advance(column, span[at]);
        if (column == from && !span[at..].Contains('\t')) return line[at..];
        var expanded = Indentation.Expand(line);
        return expanded.AsMemory()[Math.Min(from, expanded.Length)..];
    }

    /// <summary>The width of the line's leading white space, tabs expanded.</summary>
    private static int Indent(ReadOnlySpan<char> line) => Indentation.ColumnOf(line, line.Length - line.TrimStart().Length);
}
