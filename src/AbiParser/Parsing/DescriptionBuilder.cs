using System.Collections.Immutable;
using AbiTool.Model;
using AbiTool.Text;

namespace AbiTool.Parsing;

/// <summary>
/// Gathers the lines of a Description and turns them into text that keeps its own relative indentation: the text on
/// the tag line (if any) is the first line, body lines lose only the indentation they all share.
/// </summary>
internal sealed class DescriptionBuilder(AbiTag tag, ImmutableArray<ParseNote>.Builder notes, string displayPath)
{
    private readonly List<(int Line, string Raw)> body = [];
    private int lastTextLine = tag.Span.Line;
    private int lastTextLength = tag.Span.EndColumn - 1;

    public bool IsOpen { get; private set; } = true;

    public void AddLine(string raw, int line)
    {
        if (!IsOpen) return;
        body.Add((line, raw));
        lastTextLine = line;
        lastTextLength = raw.Length;
    }

    public void AddBlank(int line)
    {
        if (IsOpen) body.Add((line, ""));
    }

    /// <summary>
    /// Text of a repeated Description tag, read on as a paragraph of this one. It is indented by one tab, the usual
    /// indentation of body lines, so that it does not flatten the indentation of the rest.
    /// </summary>
    public void AddText(string text, int line)
    {
        IsOpen = true;
        if (text.Length == 0) return;
        body.Add((line, ""));
        body.Add((line, "\t" + text));
    }

    public void Close() => IsOpen = false;

    public AbiDescription Build()
    {
        IsOpen = false;
        var count = body.Count;
        while (count > 0 && string.IsNullOrWhiteSpace(body[count - 1].Raw)) count--;

        NoteMixedIndentation(count);

        var expanded = new string[count];
        var common = int.MaxValue;
        for (var i = 0; i < count; i++)
        {
            var raw = body[i].Raw;
            expanded[i] = Indentation.ExpandTabs(raw.TrimEnd());
            if (expanded[i].Length > 0) common = Math.Min(common, Indentation.Width(expanded[i]));
        }
        if (common == int.MaxValue) common = 0;

        var builder = new System.Text.StringBuilder();
        if (tag.Value.Length > 0) builder.Append(tag.Value);
        for (var i = 0; i < count; i++)
        {
            if (builder.Length > 0) builder.Append('\n');
            var line = expanded[i];
            if (line.Length > 0) builder.Append(line.AsSpan(Math.Min(common, line.Length)));
        }
        var text = builder.ToString().Trim('\n');
        var span = tag.Span with { EndLine = lastTextLine, EndColumn = lastTextLength + 1 };
        return new AbiDescription(text, span);
    }

    /// <summary>Tabs on some body lines and spaces on others make the relative indentation depend on tab width.</summary>
    private void NoteMixedIndentation(int count)
    {
        char? first = null;
        for (var i = 0; i < count; i++)
        {
            var raw = body[i].Raw;
            if (raw.Length == 0 || raw[0] is not (' ' or '\t') || string.IsNullOrWhiteSpace(raw)) continue;
            first ??= raw[0];
            if (raw[0] != first)
            {
                var width = raw.Length - raw.TrimStart().Length;
                notes.Add(new ParseNote(ParseNoteKind.MixedIndentation, new SourceSpan(displayPath, body[i].Line, 1, body[i].Line, width + 1),
                    first == '\t' ? "spaces" : "tabs"));
                return;
            }
        }
    }
}
