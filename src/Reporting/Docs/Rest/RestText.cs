using System.Text;

namespace AbiTool.Reporting.Docs.Rest;

/// <summary>Escaping for ReST: a backslash before every character that could start or end inline markup.</summary>
public static class RestText
{
    private const string Special = "\\*`|_<>[]:";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c)) builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>A section title with its underline, as long as the title.</summary>
    public static string Section(string title, char rule) => $"{title}\n{new string(rule, Math.Max(title.Length, 3))}\n\n";
}
