using System.Text;

namespace AbiTool.Text;

/// <summary>Indentation arithmetic for ABI text, where tabs stop every 8 columns as in the kernel's own tools.</summary>
public static class Indentation
{
    public const int TabWidth = 8;

    /// <summary>The column after <paramref name="c"/>, written at <paramref name="column"/>.</summary>
    public static int Advance(int column, char c) => c == '\t' ? column + TabWidth - column % TabWidth : column + 1;

    /// <summary>Width in columns of the leading white space of a line, tabs expanded.</summary>
    public static int Width(ReadOnlySpan<char> line)
    {
        var column = 0;
        foreach (var c in line)
        {
            if (c is not (' ' or '\t')) break;
            column = Advance(column, c);
        }
        return column;
    }

    /// <summary>The column the character at <paramref name="index"/> is written in, tabs expanded.</summary>
    public static int ColumnOf(ReadOnlySpan<char> line, int index)
    {
        var column = 0;
        foreach (var c in line[..Math.Min(index, line.Length)]) column = Advance(column, c);
        return column;
    }

    /// <summary>The line with every tab expanded to spaces.</summary>
    public static string Expand(ReadOnlyMemory<char> line) =>
        string.Create(ColumnOf(line.Span, line.Length), line, static (target, line) =>
        {
            var at = 0;
            foreach (var c in line.Span)
            {
                if (c != '\t') target[at++] = c;
                else for (var stop = Advance(at, c); at < stop;) target[at++] = ' ';
            }
        });

    /// <summary>
    /// Appends the line with tabs expanded and its first <paramref name="drop"/> columns of indentation removed.
    /// Tab stops are computed from the start of the original line, so relative indentation is kept exactly.
    /// </summary>
    public static void AppendDedented(StringBuilder builder, ReadOnlySpan<char> line, int drop)
    {
        var column = 0;
        foreach (var c in line)
        {
            var next = Advance(column, c);
            var keep = next - Math.Max(column, drop);
            if (keep > 0)
            {
                if (c == '\t') builder.Append(' ', keep);
                else builder.Append(c);
            }
            column = next;
        }
    }
}
