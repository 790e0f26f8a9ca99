using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace AbiTool.Patches.Diff;

/// <summary>
/// Reads unified diffs as git and diff(1) write them: <c>diff --git</c> headers with rename/new/deleted/binary
/// lines, <c>---</c>/<c>+++</c> pairs, and hunks whose line counts are enforced: a hunk that ends before its header's
/// counts are met is reported as truncated, and the lines read so far are kept.
/// </summary>
public static partial class UnifiedDiffParser
{
    [GeneratedRegex(@"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@ ?(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HunkHeader();

    [GeneratedRegex(@"^diff --git (?:""?a/(.+?)""?) (?:""?b/(.+?)""?)$", RegexOptions.CultureInvariant)]
    private static partial Regex GitHeader();

    /// <summary>Parses <paramref name="lines"/>; line numbers in the result count from <paramref name="firstLine"/>.</summary>
    public static UnifiedDiff Parse(IReadOnlyList<string> lines, int firstLine = 1)
    {
        var files = ImmutableArray.CreateBuilder<FileDiff>();
        var problems = ImmutableArray.CreateBuilder<DiffProblem>();
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (line.StartsWith("diff --git ", StringComparison.Ordinal) || IsFileHeaderPair(lines, i))
                files.Add(ReadFile(lines, ref i, firstLine, problems));
            else
                i++;
        }
        return new UnifiedDiff(files.ToImmutable(), problems.ToImmutable());
    }

    private static bool IsFileHeaderPair(IReadOnlyList<string> lines, int i) =>
        lines[i].StartsWith("--- ", StringComparison.Ordinal) && i + 1 < lines.Count &&
        lines[i + 1].StartsWith("+++ ", StringComparison.Ordinal) && i + 2 < lines.Count &&
        lines[i + 2].StartsWith("@@ ", StringComparison.Ordinal);

    private static FileDiff ReadFile(IReadOnlyList<string> lines, ref int i, int firstLine, ImmutableArray<DiffProblem>.Builder problems)
    {
        var start = i;
        string? oldPath = null, newPath = null;
        bool isNew = false, isDeleted = false, binary = false;
        if (lines[i].StartsWith("diff --git ", StringComparison.Ordinal))
        {
            var git = GitHeader().Match(lines[i]);
            if (git.Success)
            {
                oldPath = git.Groups[1].Value;
                newPath = git.Groups[2].Value;
            }
            i++;
            // Extended header lines, up to the ---/+++ pair, the first hunk or the next file.
            for (; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.StartsWith("new file mode", StringComparison.Ordinal)) isNew = true;
                else if (line.StartsWith("deleted file mode", StringComparison.Ordinal)) isDeleted = true;
                else if (line.StartsWith("rename from ", StringComparison.Ordinal)) oldPath = line[12..];
                else if (line.StartsWith("rename to ", StringComparison.Ordinal)) newPath = line[10..];
                else if (line.StartsWith("copy from ", StringComparison.Ordinal)) oldPath = line[10..];
                else if (line.StartsWith("copy to ", StringComparison.Ordinal)) newPath = line[8..];
                else if (line.StartsWith("Binary files ", StringComparison.Ordinal) || line == "GIT binary patch") binary = true;
                else if (line.StartsWith("index ", StringComparison.Ordinal) || line.StartsWith("old mode", StringComparison.Ordinal) ||
                         line.StartsWith("new mode", StringComparison.Ordinal) || line.StartsWith("similarity index", StringComparison.Ordinal) ||
                         line.StartsWith("dissimilarity index", StringComparison.Ordinal)) { }
                else if (binary && (line.StartsWith("literal ", StringComparison.Ordinal) || line.StartsWith("delta ", StringComparison.Ordinal) || IsBase85(line))) { }
                else break;
            }
        }
        if (i + 1 < lines.Count && lines[i].StartsWith("--- ", StringComparison.Ordinal) && lines[i + 1].StartsWith("+++ ", StringComparison.Ordinal))
        {
            var from = PathOf(lines[i][4..]);
            var to = PathOf(lines[i + 1][4..]);
            if (from is null) isNew = true; else oldPath = from;
            if (to is null) isDeleted = true; else newPath = to;
            i += 2;
        }
        var hunks = ImmutableArray.CreateBuilder<DiffHunk>();
        while (i < lines.Count && lines[i].StartsWith("@@", StringComparison.Ordinal))
        {
            var hunk = ReadHunk(lines, ref i, firstLine, problems);
            if (hunk is null) break;
            hunks.Add(hunk);
        }
        return new FileDiff(isNew ? null : oldPath, isDeleted ? null : newPath, binary, start + firstLine, hunks.ToImmutable());
    }

    private static DiffHunk? ReadHunk(IReadOnlyList<string> lines, ref int i, int firstLine, ImmutableArray<DiffProblem>.Builder problems)
    {
        var header = HunkHeader().Match(lines[i]);
        var headerLine = i + firstLine;
        if (!header.Success || !TryCount(header.Groups[1], 1, out var oldStart) || !TryCount(header.Groups[2], 1, out var oldCount) ||
            !TryCount(header.Groups[3], 1, out var newStart) || !TryCount(header.Groups[4], 1, out var newCount))
        {
            problems.Add(new DiffProblem(headerLine, $"malformed hunk header '{Shorten(lines[i])}'"));
            i++;
            return null;
        }
        i++;
        var body = ImmutableArray.CreateBuilder<DiffLine>();
        int oldLine = oldStart, newLine = newStart, oldLeft = oldCount, newLeft = newCount;
        while ((oldLeft > 0 || newLeft > 0) && i < lines.Count)
        {
            var line = lines[i];
            DiffLineKind kind;
            if (line.Length == 0) kind = DiffLineKind.Context; // some mailers strip the space of empty context lines
            else if (line[0] == ' ') kind = DiffLineKind.Context;
            else if (line[0] == '+') kind = DiffLineKind.Added;
            else if (line[0] == '-') kind = DiffLineKind.Removed;
            else if (line[0] == '\\') { MarkNoNewline(body); i++; continue; }
            else break;
            if ((kind != DiffLineKind.Added && oldLeft == 0) || (kind != DiffLineKind.Removed && newLeft == 0)) break;
            var text = line.Length == 0 ? "" : line[1..];
            body.Add(kind switch
            {
                DiffLineKind.Added => new DiffLine(kind, text, 0, newLine++, i + firstLine),
                DiffLineKind.Removed => new DiffLine(kind, text, oldLine++, 0, i + firstLine),
                _ => new DiffLine(kind, text, oldLine++, newLine++, i + firstLine),
            });
            if (kind != DiffLineKind.Added) oldLeft--;
            if (kind != DiffLineKind.Removed) newLeft--;
            i++;
        }
        if (i < lines.Count && lines[i].StartsWith('\\')) { MarkNoNewline(body); i++; }
        if (oldLeft > 0 || newLeft > 0)
            problems.Add(new DiffProblem(headerLine,
                $"truncated hunk '{Shorten(lines[headerLine - firstLine])}': {oldLeft} old and {newLeft} new lines missing"));
        return new DiffHunk(oldStart, oldCount, newStart, newCount, header.Groups[5].Value, headerLine, body.ToImmutable());
    }

    private static void MarkNoNewline(ImmutableArray<DiffLine>.Builder body)
    {
        if (body.Count > 0) body[^1] = body[^1] with { NoNewlineAtEnd = true };
    }

    private static bool TryCount(Group group, int absent, out int value)
    {
        if (!group.Success) { value = absent; return true; }
        return int.TryParse(group.ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value < 100_000_000;
    }

    /// <summary>"a/drivers/x.c" → "drivers/x.c"; "/dev/null" → null; a tab and timestamp after the name are dropped.</summary>
    private static string? PathOf(string text)
    {
        var tab = text.IndexOf('\t');
        if (tab >= 0) text = text[..tab];
        text = text.Trim().Trim('"');
        if (text == "/dev/null") return null;
        return text.StartsWith("a/", StringComparison.Ordinal) || text.StartsWith("b/", StringComparison.Ordinal) ? text[2..] : text;
    }

    private static bool IsBase85(string line) =>
        line.Length > 1 && char.IsAsciiLetter(line[0]) && line.AsSpan(1).IndexOfAny(" \t") < 0;

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";
}
