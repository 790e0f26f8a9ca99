using System.Buffers;
using System.Text;

namespace AbiTool.Reporting.Docs.Rest;

/// <summary>Escaping for ReST: a backslash before every character that could start or end inline markup.</summary>
public static class RestText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\\*`|_<>[]:");

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c)) builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Writes <paramref name="text"/> escaped, in runs between the special characters.</summary>
    public static void WriteEscaped(TextWriter output, ReadOnlySpan<char> text)
    {
        while (true)
        {
            var special = text.IndexOfAny(Special);
            if (special < 0) break;
            output.Write(text[..special]);
            output.Write('\\');
            output.Write(text[special]);
            text = text[(special + 1)..];
        }
        output.Write(text);
    }

    /// <summary>The length of <paramref name="text"/> once escaped.</summary>
    public static int EscapedLength(ReadOnlySpan<char> text)
    {
        var length = text.Length;
        for (var at = text.IndexOfAny(Special); at >= 0; at = text.IndexOfAny(Special))
        {
            length++;
            text = text[(at + 1)..];
        }
        return length;
    }

    /// <summary>A section title with its underline, as long as the title.</summary>
    public static string Section(string title, char rule) => $"{title}\n{new string(rule, Math.Max(title.Length, 3))}\n\n";

    /// <summary>Writes <paramref name="c"/> <paramref name="count"/> times.</summary>
    public static void WriteRun(TextWriter output, char c, int count)
    {
        Span<char> run = stackalloc char[64];
        run.Fill(c);
        for (; count > 0; count -= run.Length) output.Write(run[..Math.Min(count, run.Length)]);
    }
}
