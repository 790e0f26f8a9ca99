using System.Collections.Immutable;
using System.Text;
using AbiTool.Reporting.Docs.Text;

namespace AbiTool.Reporting.Docs.Rest;

/// <summary>
/// Writes Description blocks as ReST for Descriptions not taken as ReST (<c>--no-rst-source</c>): text escaped so it
/// shows as written, pre-formatted blocks and tables as literal blocks.
/// </summary>
public static class RestBlockWriter
{
    public static string Write(ImmutableArray<Block> blocks)
    {
        var output = new StringBuilder();
        WriteBlocks(output, blocks, "");
        return output.ToString();
    }

    private static void WriteBlocks(StringBuilder output, ImmutableArray<Block> blocks, string indent)
    {
        foreach (var block in blocks)
        {
            WriteBlock(output, block, indent);
            output.Append('\n');
        }
    }

    private static void WriteBlock(StringBuilder output, Block block, string indent)
    {
        switch (block)
        {
            case Paragraph paragraph:
                foreach (var line in paragraph.Lines) output.Append(indent).Append(EscapeLine(line.Trim())).Append('\n');
                break;
            case Heading heading:
                output.Append(indent).Append("**").Append(RestText.Escape(heading.Text)).Append("**\n");
                break;
            case Literal literal:
                WriteLiteral(output, literal.Text, indent);
                break;
            case Table table:
                WriteLiteral(output, string.Join('\n', table.Rows.Select(r => string.Join(" | ", r))), indent);
                break;
            case BulletList list:
                for (var i = 0; i < list.Items.Length; i++)
                {
                    var item = new StringBuilder();
                    WriteBlocks(item, list.Items[i], "");
                    ListItems.Append(output, item.ToString(), ListItems.Marker(list, i), indent, "");
                    if (i + 1 < list.Items.Length) output.Append('\n');
                }
                break;
            case Indented indented:
                var inner = new StringBuilder();
                WriteBlocks(inner, indented.Blocks, "");
                foreach (var line in inner.ToString().TrimEnd('\n').Split('\n'))
                    output.Append(line.Length == 0 ? "" : indent + "    " + line).Append('\n');
                break;
        }
    }

    private static void WriteLiteral(StringBuilder output, string text, string indent)
    {
        output.Append(indent).Append("::\n\n");
        foreach (var line in text.Split('\n')) output.Append(line.Length == 0 ? "" : indent + "    " + line).Append('\n');
    }

    /// <summary>Escapes a line; a leading character that would start a list or a directive is escaped too.</summary>
    private static string EscapeLine(string line)
    {
        var escaped = RestText.Escape(line);
        return escaped.Length > 0 && escaped[0] is '-' or '+' or '#' or '.' or '=' ? "\\" + escaped : escaped;
    }
}
