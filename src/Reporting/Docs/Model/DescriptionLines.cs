using System.Collections.Concurrent;
using System.Text;
using AbiTool.Model;
using AbiTool.Text;

namespace AbiTool.Reporting.Docs.Model;

/// <summary>A Description as the lines a reader sees, with the source line of the first.</summary>
/// <param name="FirstLine">Source line of <c>Lines[0]</c>, the rest following one per line; 0 when lines do not map one to one.</param>
public sealed record DescriptionText(string[] Lines, int FirstLine)
{
    public string Text => string.Join('\n', Lines);
}

/// <summary>
/// Re-reads Descriptions from their files to keep the indentation ABI authors mean. The model removes only the
/// indentation all body lines share, which is nothing when one line such as <c>Values: …</c> starts at column 0 while
/// the rest are aligned with the text after <c>Description:</c>; read that way, every aligned line would look like an
/// indented block. Here the reference is the column of the text after the tag (or of the first body line when the tag
/// line has none): body lines lose that much indentation until a line indented less, from which on lines stay as
/// written (as the kernel's tools read them, so the ReST the authors checked is the ReST Sphinx gets).
/// </summary>
public sealed class DescriptionLines(string? sourceDirectory)
{
    private readonly ConcurrentDictionary<string, string[]?> files = new(StringComparer.Ordinal);

    public DescriptionText Of(AbiEntry entry)
    {
        var description = entry.Description;
        if (description is null || description.IsEmpty) return new DescriptionText([], 0);
        var tag = entry.First(AbiTagKind.Description);
        var path = sourceDirectory is null ? description.Span.File : Path.Join(sourceDirectory, entry.RelativePath);
        var source = files.GetOrAdd(path, Read);
        if (tag is not null && source is not null && tag.Span.Line == description.Span.Line && description.Span.EndLine <= source.Length
            && FromSource(source, tag, description) is { } text)
            return text;
        return Fallback(description);
    }

    /// <summary>A file's text before its first entry, with the source line of its first line when it can be told.</summary>
    public DescriptionText Preamble(DocFile file)
    {
        var text = file.Source.Preamble;
        if (string.IsNullOrWhiteSpace(text)) return new DescriptionText([], 0);
        var lines = text.Trim('\n').Split('\n').Select(l => l.TrimEnd()).ToArray();
        var path = sourceDirectory is null ? file.Source.DisplayPath : Path.Join(sourceDirectory, file.Source.RelativePath);
        if (files.GetOrAdd(path, Read) is not { } source) return new DescriptionText(lines, 0);
        var first = Array.FindIndex(source, l => l.Trim().Length > 0);
        if (first < 0 || first + lines.Length > source.Length) return new DescriptionText(lines, 0);
        for (var i = 0; i < lines.Length; i++)
        {
            if (source[first + i].Trim() != lines[i].Trim()) return new DescriptionText(lines, 0);
        }
        return new DescriptionText(lines, first + 1);
    }

    private static DescriptionText? FromSource(string[] source, AbiTag tag, AbiDescription description)
    {
        var tagLine = source[tag.Span.Line - 1];
        var valueAt = Math.Clamp(tag.ValueSpan.Column - 1, 0, tagLine.Length);
        var lines = new List<string>();
        int reference;
        int firstLine;
        var first = Expand(tagLine)[VisualColumn(tagLine, valueAt)..].Trim();
        if (first.Length > 0)
        {
            lines.Add(first);
            reference = VisualColumn(tagLine, valueAt);
            firstLine = tag.Span.Line;
        }
        else
        {
            reference = -1;
            firstLine = tag.Span.Line + 1;
        }
        for (var n = tag.Span.Line + 1; n <= description.Span.EndLine; n++)
        {
            var line = Expand(source[n - 1]).TrimEnd();
            if (line.Length == 0)
            {
                if (lines.Count > 0) lines.Add("");
                else firstLine++;
                continue;
            }
            var indent = line.Length - line.TrimStart().Length;
            if (reference < 0) reference = indent;
            // A line indented less than the reference ends the alignment: from there on, lines stay as written.
            if (indent < reference) reference = 0;
            lines.Add(line[reference..]);
        }
        // Repeated Description tags and other irregular shapes: the text must be the model's, not a guess.
        if (!SameText(lines, description.Text)) return null;
        return new DescriptionText([.. lines], firstLine);
    }

    private static DescriptionText Fallback(AbiDescription description)
    {
        var lines = description.Text.Split('\n');
        var spanLines = description.Span.EndLine - description.Span.Line + 1;
        var first = lines.Length == spanLines ? description.Span.Line : lines.Length == spanLines - 1 ? description.Span.Line + 1 : 0;
        return new DescriptionText(lines, first);
    }

    private static string[]? Read(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllLines(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The same characters apart from white space, compared without building either text.</summary>
    private static bool SameText(List<string> lines, string text)
    {
        var at = 0;
        foreach (var line in lines)
        {
            foreach (var c in line)
            {
                if (char.IsWhiteSpace(c)) continue;
                while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
                if (at >= text.Length || text[at] != c) return false;
                at++;
            }
        }
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return at == text.Length;
    }

    private static string Expand(string line)
    {
        if (!line.Contains('\t')) return line;
        var builder = new StringBuilder(line.Length + 16);
        Indentation.AppendDedented(builder, line, 0);
        return builder.ToString();
    }

    private static int VisualColumn(string line, int charIndex)
    {
        var column = 0;
        for (var i = 0; i < charIndex && i < line.Length; i++) column += line[i] == '\t' ? Indentation.TabWidth - column % Indentation.TabWidth : 1;
        return column;
    }
}
