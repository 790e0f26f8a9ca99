using System.Text;

namespace AbiTool.Text;

/// <summary>Indentation arithmetic for ABI text, where tabs stop every 8 columns as in the kernel's own tools.</summary>
public static class Indentation
{
    public const int TabWidth = 8;

    /// <summary>Width in columns of the leading white space of a line, tabs expanded.</summary>
    public static int Width(ReadOnlySpan<char> line)
    {
        var column = 0;
        foreach (var c in line)
        {
            if (c == ' ') column++;
            else if (c == '\t') column += TabWidth - (column % TabWidth);
            else break;
        }
        return column;
    }

    /// <summary>
    /// Appends the line with tabs expanded and its first <paramref name="drop"/> columns of indentation removed.
    /// Tab stops are computed from the start of the original line, so relative indentation is kept exactly.
    /// </summary>
    public static void AppendDedented(StringBuilder builder, ReadOnlySpan<char> line, int drop)
    {
        var column = 0;
        foreach (var c in line)
        {
            var width = c == '\t' ? TabWidth - (column % TabWidth) : 1;
            var keep = column + width - Math.Max(column, drop);
            if (keep > 0)
            {
                if (c == '\t') builder.Append(' ', keep);
                else builder.Append(c);
            }
            column += width;
        }
    }
}
