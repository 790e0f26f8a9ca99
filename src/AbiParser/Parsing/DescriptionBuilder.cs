using System.Collections.Immutable;
using System.Text;
using AbiTool.Model;
using AbiTool.Text;

namespace AbiTool.Parsing;

/// <summary>
/// Gathers the lines of a Description and turns them into text that keeps its own relative indentation: the text on
/// the tag line (if any) is the first line, body lines lose only the indentation they all share (tabs counted to
/// 8-column stops).
/// </summary>
/// <remarks>
/// The body is contiguous in the file, so it is kept as one range of the file's text (from the first body line to the
/// end of the last non-blank one) and split into lines only when the text is asked for.
/// </remarks>
/// <param name="fileText">The file's text, and <paramref name="tagLineStart"/> where the tag's line starts in it.</param>
internal sealed class DescriptionBuilder(AbiTag tag, string fileText, int tagLineStart, ImmutableArray<ParseNote>.Builder notes, string displayPath)
{
    private string source = "";
    private int bodyStart = -1;
    private int bodyEnd;
    private List<string>? repeated;
    private int lastTextLine = tag.Span.Line;
    private int lastTextLength = tag.Span.EndColumn - 1;
    private char indentStyle;
    private bool notedMixed;
    private int leadingBlanks;

    public bool IsOpen { get; private set; } = true;

    /// <summary>A non-blank body line, given as a range of the file's text.</summary>
    public void AddLine(string text, int start, int length, int line)
    {
        if (!IsOpen) return;
        if (bodyStart < 0)
        {
            source = text;
            bodyStart = start;
        }
        bodyEnd = start + length;
        lastTextLine = line;
        lastTextLength = length;
        NoteIndentation(text.AsSpan(start, length), line);
    }

    /// <summary>A blank line: only those before the first body line need counting, the rest lie inside the range.</summary>
    public void AddBlank()
    {
        if (IsOpen && bodyStart < 0) leadingBlanks++;
    }

    /// <summary>
    /// Text of a repeated Description tag: read on as another paragraph, after the body read so far.
    /// </summary>
    public void AddText(string text, int line)
    {
        IsOpen = true;
        if (text.Length == 0) return;
        (repeated ??= []).Add(text);
        lastTextLine = Math.Max(lastTextLine, line);
    }

    public void Close() => IsOpen = false;

    public AbiDescription Build()
    {
        IsOpen = false;
        var first = tag.Value;
        var (text, start, end, extra, blanks) = (source, bodyStart, bodyEnd, repeated, leadingBlanks);
        var isEmpty = first.Length == 0 && start < 0 && extra is null;
        var span = tag.Span with { EndLine = lastTextLine, EndColumn = lastTextLength + 1 };
        // A repeated tag's text lies elsewhere in the file: such a Description has no one written range.
        var writtenEnd = start < 0 ? tagLineStart + tag.Span.EndColumn - 1 : end;
        var written = extra is null ? fileText.AsMemory(tagLineStart, writtenEnd - tagLineStart) : default;
        return new AbiDescription(() => Assemble(first, blanks, start < 0 ? default : text.AsSpan(start, end - start), extra), isEmpty, span, written);
    }

    private static string Assemble(string first, int leadingBlanks, ReadOnlySpan<char> body, List<string>? extra)
    {
        var common = int.MaxValue;
        foreach (var range in body.Split('\n'))
        {
            var line = body[range];
            if (!line.IsWhiteSpace()) common = Math.Min(common, Indentation.Width(line));
        }
        if (common == int.MaxValue) common = 0;

        var builder = new StringBuilder(first.Length + body.Length + 16);
        builder.Append(first);
        if (!body.IsEmpty)
        {
            if (first.Length > 0) builder.Append('\n', leadingBlanks);
            foreach (var range in body.Split('\n'))
            {
                if (builder.Length > 0) builder.Append('\n');
                Indentation.AppendDedented(builder, body[range].TrimEnd(), common);
            }
        }
        foreach (var paragraph in extra ?? [])
        {
            builder.Append("\n\n").Append(paragraph);
        }
        return builder.ToString().Trim('\n');
    }

    /// <summary>Tabs on some body lines and spaces on others make the relative indentation depend on tab width.</summary>
    private void NoteIndentation(ReadOnlySpan<char> line, int number)
    {
        if (notedMixed || line.Length == 0 || line[0] is not (' ' or '\t')) return;
        if (indentStyle == default)
        {
            indentStyle = line[0];
            return;
        }
        if (line[0] == indentStyle) return;
        notedMixed = true;
        var width = line.Length - line.TrimStart().Length;
        notes.Add(new ParseNote(ParseNoteKind.MixedIndentation, new SourceSpan(displayPath, number, 1, number, width + 1),
            indentStyle == '\t' ? "spaces" : "tabs"));
    }
}
