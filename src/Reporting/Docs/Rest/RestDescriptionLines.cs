using System.Text;
using System.Text.RegularExpressions;
using AbiTool.Reporting.Docs.Model;

namespace AbiTool.Reporting.Docs.Rest;

/// <summary>
/// Rewrites the lines of a Description taken as ReST: section rules are dropped (a title inside an entry would clash
/// with the page's own), and mentions of documented paths and ABI files become references, except where a reference
/// would change meaning or layout (literal blocks, directives, tables).
/// </summary>
public sealed partial class RestDescriptionLines(CrossLinks links)
{
    private int literalIndent = -1;
    private bool inTable;
    private bool afterRule;

    public string Rewrite(string line)
    {
        var indent = line.Length - line.TrimStart().Length;
        var blank = line.Trim().Length == 0;
        if (literalIndent >= 0)
        {
            if (blank || indent > literalIndent) return line;
            literalIndent = -1;
        }
        if (blank)
        {
            if (afterRule) inTable = false;
            return line;
        }
        if (TitleRule().IsMatch(line)) return "";
        var isRule = TableRule().IsMatch(line);
        afterRule = isRule;
        if (isRule) inTable = true;
        var trimmed = line.TrimStart();
        var keep = inTable || isRule || trimmed.StartsWith("..", StringComparison.Ordinal) || trimmed.StartsWith('|') || trimmed.StartsWith('+');
        if (line.EndsWith("::", StringComparison.Ordinal) && !trimmed.StartsWith("..", StringComparison.Ordinal)) literalIndent = indent;
        return keep ? line : Link(line);
    }

    private string Link(string line)
    {
        StringBuilder? builder = null;
        var at = 0;
        foreach (var mention in links.Scan(line))
        {
            builder ??= new StringBuilder(line.Length + 64);
            builder.Append(line, at, mention.Start - at);
            var text = line.Substring(mention.Start, mention.Length);
            builder.Append(mention.Kind switch
            {
                MentionKind.What => $":ref:`{RestText.Escape(text)} <{mention.Label}>`",
                MentionKind.AbiFile => $":ref:`{RestText.Escape(text)} <{mention.File!.Label}>`",
                _ => $":doc:`/{mention.Target}`",
            });
            at = mention.Start + mention.Length;
            // A reference must be followed by a space or punctuation to end; a path never runs into a word.
        }
        if (builder is null) return line;
        builder.Append(line, at, line.Length - at);
        return builder.ToString();
    }

    [GeneratedRegex(@"^[-*=^~]+\s*$")]
    private static partial Regex TitleRule();

    [GeneratedRegex(@"^\s*=+( +=+)+\s*$")]
    private static partial Regex TableRule();
}
