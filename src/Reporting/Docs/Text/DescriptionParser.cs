using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace AbiTool.Reporting.Docs.Text;

/// <summary>
/// Reads Description text into <see cref="Block"/>s. The input is what ABI authors write: plain text with ReST habits
/// (a <c>::</c> before an indented literal block, <c>-</c>/<c>*</c>/<c>1.</c> lists, indented definitions, underlined
/// headings, tables drawn with <c>=</c> or <c>+--+</c> rules). Anything it does not recognise stays a paragraph, so no
/// text is ever lost.
/// </summary>
public static partial class DescriptionParser
{
    public static ImmutableArray<Block> Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\t', ' ').Split('\n');
        return ParseLines(lines, 0);
    }

    private const int MaxDepth = 16;

    private static ImmutableArray<Block> ParseLines(IReadOnlyList<string> lines, int depth)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var i = 0;
        while (i < lines.Count)
        {
            if (IsBlank(lines[i]))
            {
                i++;
                continue;
            }
            var line = lines[i];
            var indent = Indent(line);
            if (indent > 0 && depth < MaxDepth)
            {
                var end = IndentedEnd(lines, i, 1);
                blocks.Add(new Indented(ParseLines(Dedent(lines, i, end), depth + 1)));
                i = end;
            }
            else if (SimpleRule().IsMatch(line) && TryTable(lines, i, out var table, out var next))
            {
                blocks.Add(table);
                i = next;
            }
            else if (GridRule().IsMatch(line))
            {
                var end = i;
                while (end < lines.Count && !IsBlank(lines[end])) end++;
                blocks.Add(new Literal(string.Join('\n', lines.Skip(i).Take(end - i))));
                i = end;
            }
            else if (Bullet().Match(line) is { Success: true } bullet && depth < MaxDepth)
            {
                i = ReadList(lines, i, bullet, depth, blocks);
            }
            else if (Underline().IsMatch(line))
            {
                // A rule on its own line decorates; it says nothing.
                i++;
            }
            else if (line.StartsWith("..", StringComparison.Ordinal))
            {
                i = ReadDirective(lines, i, depth, blocks);
            }
            else
            {
                i = ReadParagraph(lines, i, blocks);
            }
        }
        return blocks.ToImmutable();
    }

    private static int ReadParagraph(IReadOnlyList<string> lines, int start, ImmutableArray<Block>.Builder blocks)
    {
        var end = start + 1;
        if (end < lines.Count && Underline().IsMatch(lines[end]) && lines[end].Trim().Length >= Math.Min(3, lines[start].Trim().Length))
        {
            blocks.Add(new Heading(lines[start].Trim()));
            return end + 1;
        }
        while (end < lines.Count && !IsBlank(lines[end]) && Indent(lines[end]) == 0 && !Bullet().IsMatch(lines[end])
               && !SimpleRule().IsMatch(lines[end]) && !GridRule().IsMatch(lines[end]) && !Underline().IsMatch(lines[end])
               && !(end + 1 < lines.Count && Underline().IsMatch(lines[end + 1])))
        {
            end++;
        }
        var text = lines.Skip(start).Take(end - start).Select(l => l.TrimEnd()).ToList();
        var last = text[^1];
        if (last.EndsWith("::", StringComparison.Ordinal))
        {
            // ReST: "text::" shows "text:", "text ::" and a lone "::" show nothing, and the indented block after is literal.
            var stem = last[..^2];
            if (stem.Length == 0 || stem.EndsWith(' ')) text[^1] = stem.TrimEnd();
            else text[^1] = stem + ":";
            if (text[^1].Length == 0) text.RemoveAt(text.Count - 1);
            if (text.Count > 0) blocks.Add(new Paragraph([.. text]));
            return ReadLiteral(lines, end, blocks);
        }
        blocks.Add(new Paragraph([.. text]));
        return end;
    }

    /// <summary>The indented block after a <c>::</c>, if there is one, as literal text.</summary>
    private static int ReadLiteral(IReadOnlyList<string> lines, int start, ImmutableArray<Block>.Builder blocks)
    {
        var first = start;
        while (first < lines.Count && IsBlank(lines[first])) first++;
        if (first >= lines.Count || Indent(lines[first]) == 0) return start;
        var end = IndentedEnd(lines, first, 1);
        blocks.Add(new Literal(string.Join('\n', Dedent(lines, first, end)).TrimEnd()));
        return end;
    }

    private static int ReadDirective(IReadOnlyList<string> lines, int start, int depth, ImmutableArray<Block>.Builder blocks)
    {
        var line = lines[start];
        var end = IndentedEnd(lines, start + 1, 1);
        var body = Dedent(lines, start + 1, end);
        if (DirectiveName().Match(line) is { Success: true } directive)
        {
            var name = directive.Groups[1].Value;
            if (name is "code-block" or "code" or "sourcecode" or "highlight" or "literalinclude")
            {
                var code = body.SkipWhile(l => l.TrimStart().StartsWith(':')).ToList();
                if (code.Count > 0) blocks.Add(new Literal(string.Join('\n', code).Trim('\n')));
            }
            else if (body.Count > 0 && depth < MaxDepth)
            {
                blocks.Add(new Indented(ParseLines(body, depth + 1)));
            }
            return end;
        }
        // ".. comment" and ".. _label:" say nothing to a reader.
        return end;
    }

    private static int ReadList(IReadOnlyList<string> lines, int start, Match first, int depth, ImmutableArray<Block>.Builder blocks)
    {
        var ordered = char.IsAsciiDigit(first.Groups[1].Value[0]) || first.Groups[1].Value.StartsWith('(');
        var items = ImmutableArray.CreateBuilder<ImmutableArray<Block>>();
        var i = start;
        while (i < lines.Count)
        {
            var bullet = Bullet().Match(lines[i]);
            if (!bullet.Success) break;
            var isOrdered = char.IsAsciiDigit(bullet.Groups[1].Value[0]) || bullet.Groups[1].Value.StartsWith('(');
            if (isOrdered != ordered) break;
            var end = IndentedEnd(lines, i + 1, 1);
            var item = new List<string> { lines[i][bullet.Length..] };
            item.AddRange(Dedent(lines, i + 1, end));
            items.Add(ParseLines(item, depth + 1));
            i = end;
            var next = i;
            while (next < lines.Count && IsBlank(lines[next])) next++;
            if (next < lines.Count && Bullet().IsMatch(lines[next])) i = next;
            else break;
        }
        blocks.Add(new BulletList(ordered, items.ToImmutable()));
        return i;
    }

    /// <summary>
    /// A simple table: a rule of '=' runs, rows, optionally a second rule under the header, and a closing rule. Column
    /// bounds come from the runs; text past the last column's start belongs to the last column.
    /// </summary>
    private static bool TryTable(IReadOnlyList<string> lines, int start, out Block table, out int next)
    {
        table = null!;
        next = start;
        var rule = lines[start];
        var columns = SimpleRuleRun().Matches(rule).Select(m => m.Index).ToArray();
        if (columns.Length < 2) return false;
        var rows = new List<ImmutableArray<string>>();
        var rules = 1;
        var hasHeader = false;
        var i = start + 1;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (SimpleRule().IsMatch(line))
            {
                rules++;
                if (rules == 2 && i + 1 < lines.Count && !IsBlank(lines[i + 1]) && rows.Count > 0 && rows.Count <= 2)
                {
                    hasHeader = true;
                    continue;
                }
                i++;
                break;
            }
            if (IsBlank(line))
            {
                if (i + 1 < lines.Count && !IsBlank(lines[i + 1]) && !SimpleRule().IsMatch(lines[i + 1])) continue;
                break;
            }
            if (Indent(line) > 0 && rows.Count > 0 && columns[0] == 0 && (line.Length <= columns[1] || IsBlank(line[..columns[1]])))
            {
                // A continuation line: more text for the cells of the row above.
                var cells = Cells(line, columns);
                var previous = rows[^1];
                rows[^1] = [.. previous.Select((cell, c) => string.IsNullOrEmpty(cells[c]) ? cell : (cell + " " + cells[c]).Trim())];
                continue;
            }
            rows.Add([.. Cells(line, columns)]);
        }
        if (rows.Count == 0 || rules < 2) return false;
        table = new Table(hasHeader, [.. rows]);
        next = i;
        return true;
    }

    private static string[] Cells(string line, int[] columns)
    {
        var cells = new string[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            var from = Math.Min(columns[c], line.Length);
            var to = c + 1 < columns.Length ? Math.Min(columns[c + 1], line.Length) : line.Length;
            cells[c] = line[from..Math.Max(from, to)].Trim();
        }
        return cells;
    }

    /// <summary>The end (exclusive) of the run of lines from <paramref name="start"/> indented at least <paramref name="min"/>, blank lines within included.</summary>
    private static int IndentedEnd(IReadOnlyList<string> lines, int start, int min)
    {
        var end = start;
        var lastText = start;
        while (end < lines.Count && (IsBlank(lines[end]) || Indent(lines[end]) >= min))
        {
            end++;
            if (!IsBlank(lines[end - 1])) lastText = end;
        }
        return lastText;
    }

    private static List<string> Dedent(IReadOnlyList<string> lines, int start, int end)
    {
        var min = int.MaxValue;
        for (var i = start; i < end; i++)
        {
            if (!IsBlank(lines[i])) min = Math.Min(min, Indent(lines[i]));
        }
        var result = new List<string>(end - start);
        for (var i = start; i < end; i++) result.Add(IsBlank(lines[i]) ? "" : lines[i][min..].TrimEnd());
        return result;
    }

    private static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    private static int Indent(string line)
    {
        var n = 0;
        while (n < line.Length && line[n] == ' ') n++;
        return n;
    }

    [GeneratedRegex(@"^([-*+•]|\d{1,3}[.)]|\([0-9a-z]{1,3}\)|[a-z][.)])\s+(?=\S)")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^=+( +=+)*\s*$")]
    private static partial Regex SimpleRule();

    [GeneratedRegex("=+")]
    private static partial Regex SimpleRuleRun();

    [GeneratedRegex(@"^\+[-=]+(\+[-=]+)*\+\s*$")]
    private static partial Regex GridRule();

    [GeneratedRegex(@"^([-=~^*#])\1{2,}\s*$")]
    private static partial Regex Underline();

    [GeneratedRegex(@"^\.\.\s+([\w-]+)::")]
    private static partial Regex DirectiveName();
}
