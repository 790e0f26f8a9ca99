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

    /// <summary>Writes <paramref name="line"/> rewritten, without its line end.</summary>
    public void Write(TextWriter output, ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        var indent = line.Length - trimmed.Length;
        var blank = trimmed.IsEmpty;
        if (literalIndent >= 0)
        {
            if (blank || indent > literalIndent)
            {
                output.Write(line);
                return;
            }
            literalIndent = -1;
        }
        if (blank)
        {
            if (afterRule) inTable = false;
            output.Write(line);
            return;
        }
        if (TitleRule().IsMatch(line)) return;
        var isRule = TableRule().IsMatch(line);
        afterRule = isRule;
        if (isRule) inTable = true;
        var keep = inTable || isRule || trimmed.StartsWith("..", StringComparison.Ordinal) || trimmed.StartsWith('|') || trimmed.StartsWith('+');
        if (line.EndsWith("::", StringComparison.Ordinal) && !trimmed.StartsWith("..", StringComparison.Ordinal)) literalIndent = indent;
        if (keep) output.Write(line);
        else WriteLinked(output, line);
    }

    private void WriteLinked(TextWriter output, ReadOnlySpan<char> line)
    {
        var at = 0;
        while (links.TryFind(line, at, out var mention))
        {
            output.Write(line[at..mention.Start]);
            var text = line.Slice(mention.Start, mention.Length);
            if (mention.Kind == MentionKind.KernelDoc)
            {
                output.Write(":doc:`/");
                output.Write(mention.Target);
            }
            else
            {
                output.Write(":ref:`");
                RestText.WriteEscaped(output, text);
                output.Write(" <");
                output.Write(mention.Kind == MentionKind.What ? mention.Label : mention.File!.Label);
                output.Write('>');
            }
            output.Write('`');
            at = mention.Start + mention.Length;
        }
        output.Write(line[at..]);
    }

    [GeneratedRegex(@"^[-*=^~]+\s*$")]
    private static partial Regex TitleRule();

    [GeneratedRegex(@"^\s*=+( +=+)+\s*$")]
    private static partial Regex TableRule();
}
