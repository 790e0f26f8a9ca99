using System.Collections.Immutable;
using System.Text;
using AbiTool.Model;
using AbiTool.Text;

namespace AbiTool.Parsing;

/// <summary>
/// Gathers the lines of a Description and turns them into text that keeps its own relative indentation: the text on
/// the tag line (if any) is the first line, body lines lose only the indentation they all share (tabs counted to
/// 8-column stops). Lines are kept as offsets into the file's text until the entry is built.
/// </summary>
internal sealed class DescriptionBuilder(AbiTag tag, ImmutableArray<ParseNote>.Builder notes, string displayPath)
{
    private readonly record struct BodyLine(int Number, string Source, int Start, int Length)
    {
        public ReadOnlySpan<char> Text => Source.AsSpan(Start, Length);
    }

    private readonly List<BodyLine> body = [];
    private int lastTextLine = tag.Span.Line;
    private int lastTextLength = tag.Span.EndColumn - 1;

    public bool IsOpen { get; private set; } = true;

    public void AddLine(string source, int start, int length, int line)
    {
        if (!IsOpen) return;
        body.Add(new BodyLine(line, source, start, length));
        lastTextLine = line;
        lastTextLength = length;
    }

    public void AddBlank(int line)
    {
        if (IsOpen) body.Add(new BodyLine(line, "", 0, 0));
    }

    /// <summary>
    /// Text of a repeated Description tag, read on as a paragraph of this one. It is indented by one tab, the usual
    /// indentation of body lines, so that it does not flatten the indentation of the rest.
    /// </summary>
    public void AddText(string text, int line)
    {
        IsOpen = true;
        if (text.Length == 0) return;
        AddBlank(line);
        var indented = "\t" + text;
        AddLine(indented, 0, indented.Length, line);
    }

    public void Close() => IsOpen = false;

    public AbiDescription Build()
    {
        IsOpen = false;
        var count = body.Count;
        while (count > 0 && body[count - 1].Text.IsWhiteSpace()) count--;
        NoteMixedIndentation(count);
        var lines = body.GetRange(0, count);
        var first = tag.Value;
        var isEmpty = first.Length == 0 && count == 0;
        var span = tag.Span with { EndLine = lastTextLine, EndColumn = lastTextLength + 1 };
        return new AbiDescription(() => Assemble(first, lines), isEmpty, span);
    }

    private static string Assemble(string first, List<BodyLine> lines)
    {
        var common = int.MaxValue;
        var capacity = first.Length;
        foreach (var line in lines)
        {
            capacity += line.Length + 1;
            if (!line.Text.IsWhiteSpace()) common = Math.Min(common, Indentation.Width(line.Text));
        }
        if (common == int.MaxValue) common = 0;

        var builder = new StringBuilder(capacity + 16);
        builder.Append(first);
        foreach (var line in lines)
        {
            if (builder.Length > 0) builder.Append('\n');
            Indentation.AppendDedented(builder, line.Text.TrimEnd(), common);
        }
        return builder.ToString().Trim('\n');
    }

    /// <summary>Tabs on some body lines and spaces on others make the relative indentation depend on tab width.</summary>
    private void NoteMixedIndentation(int count)
    {
        char? first = null;
        for (var i = 0; i < count; i++)
        {
            var raw = body[i].Text;
            if (raw.Length == 0 || raw[0] is not (' ' or '\t') || raw.IsWhiteSpace()) continue;
            first ??= raw[0];
            if (raw[0] != first)
            {
                var width = raw.Length - raw.TrimStart().Length;
                notes.Add(new ParseNote(ParseNoteKind.MixedIndentation, new SourceSpan(displayPath, body[i].Number, 1, body[i].Number, width + 1),
                    first == '\t' ? "spaces" : "tabs"));
                return;
            }
        }
    }
}
