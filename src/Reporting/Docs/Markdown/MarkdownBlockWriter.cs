using System.Collections.Immutable;
using System.Text;
using AbiTool.Reporting.Docs.Model;
using AbiTool.Reporting.Docs.Text;

namespace AbiTool.Reporting.Docs.Markdown;

/// <summary>Writes Description blocks as Markdown, with mentions linked through <see cref="DocLinks"/>.</summary>
public sealed class MarkdownBlockWriter(CrossLinks links, DocLinks hrefs)
{
    public string Write(ImmutableArray<Block> blocks)
    {
        var builder = new StringBuilder();
        WriteBlocks(builder, blocks, "");
        return builder.ToString();
    }

    public void WriteBlocks(StringBuilder output, ImmutableArray<Block> blocks, string prefix)
    {
        var first = true;
        foreach (var block in blocks)
        {
            if (!first) output.Append(prefix.TrimEnd()).Append('\n');
            first = false;
            WriteBlock(output, block, prefix);
        }
    }

    private void WriteBlock(StringBuilder output, Block block, string prefix)
    {
        switch (block)
        {
            case Paragraph paragraph:
                foreach (var line in paragraph.Lines) output.Append(prefix).Append(InlineText(line.Trim(), lineStart: true)).Append('\n');
                break;
            case Heading heading:
                output.Append(prefix).Append("**").Append(InlineText(heading.Text, lineStart: false)).Append("**\n");
                break;
            case Literal literal:
                var fence = MarkdownText.Fence(literal.Text);
                output.Append(prefix).Append(fence).Append("text\n");
                foreach (var line in literal.Text.Split('\n')) output.Append(line.Length == 0 ? prefix.TrimEnd() : prefix + line).Append('\n');
                output.Append(prefix).Append(fence).Append('\n');
                break;
            case BulletList list:
                for (var i = 0; i < list.Items.Length; i++)
                {
                    var item = new StringBuilder();
                    WriteBlocks(item, list.Items[i], "");
                    ListItems.Append(output, item.ToString(), ListItems.Marker(list, i), prefix, prefix.TrimEnd());
                }
                break;
            case Indented indented:
                WriteBlocks(output, indented.Blocks, prefix + "> ");
                break;
            case Table table:
                WriteTable(output, table, prefix);
                break;
        }
    }

    private void WriteTable(StringBuilder output, Table table, string prefix)
    {
        var width = table.Rows.Max(r => r.Length);
        var rows = table.Rows;
        var header = table.HasHeader ? rows[0] : [.. Enumerable.Repeat("", width)];
        var body = table.HasHeader ? rows.RemoveAt(0) : rows;
        output.Append(prefix).Append(Row(header, width)).Append('\n');
        output.Append(prefix).Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", width))).Append('\n');
        foreach (var row in body) output.Append(prefix).Append(Row(row, width)).Append('\n');
    }

    private string Row(ImmutableArray<string> cells, int width)
    {
        var builder = new StringBuilder("|");
        for (var i = 0; i < width; i++) builder.Append(' ').Append(i < cells.Length ? InlineText(cells[i], false) : "").Append(" |");
        return builder.ToString();
    }

    public string InlineText(string line, bool lineStart)
    {
        var builder = new StringBuilder();
        foreach (var part in Inlines.Split(line, links))
        {
            switch (part.Kind)
            {
                case InlineKind.Code:
                    builder.Append(MarkdownText.Code(part.Text));
                    break;
                case InlineKind.Link when hrefs.Href(part.Mention!.Value) is { } href:
                    builder.Append('[').Append(MarkdownText.Code(part.Text)).Append("](").Append(MarkdownText.Destination(href)).Append(')');
                    break;
                default:
                    builder.Append(MarkdownText.Escape(part.Text, lineStart && builder.Length == 0));
                    break;
            }
        }
        return builder.ToString();
    }
}
