namespace AbiTool.Text;

/// <summary>Indentation arithmetic for ABI text, where tabs stop every 8 columns as in the kernel's own tools.</summary>
public static class Indentation
{
    public const int TabWidth = 8;

    /// <summary>The line with every tab replaced by the spaces that reach the next tab stop.</summary>
    public static string ExpandTabs(string line)
    {
        if (!line.Contains('\t')) return line;
        var builder = new System.Text.StringBuilder(line.Length + 16);
        foreach (var c in line)
        {
            if (c == '\t') builder.Append(' ', TabWidth - (builder.Length % TabWidth));
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Width of the leading white space of an already tab-expanded line.</summary>
    public static int Width(string expanded)
    {
        var i = 0;
        while (i < expanded.Length && expanded[i] == ' ') i++;
        return i;
    }
}
