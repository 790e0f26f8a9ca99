using System.Globalization;
using System.Text.RegularExpressions;
using AbiTool.Parsing;

namespace AbiTool.Migration;

/// <summary>
/// Where an obsolete entry says when it goes away: a word of removal ("removed", "go away", "deleted", "dropped")
/// followed, within the same sentence, by a time — a year, a month and year, an ISO date, or a kernel version.
/// </summary>
/// <param name="Text">The words as written, for messages.</param>
/// <param name="Due">The last day of the announced period (<c>after 2010</c> → 2010-12-31); null for a kernel version.</param>
/// <param name="KernelVersion">The kernel version named, when the notice gives one instead of a date.</param>
public sealed partial record RemovalNotice(string Text, DateOnly? Due, string? KernelVersion)
{
    // "." ends a sentence unless a digit follows (5.10) — kernel versions must not cut the search short.
    [GeneratedRegex(
        @"\b(?:remov\w*|go(?:es|ing)?\s+away|delet\w*|dropp\w*|disappear\w*)(?:[^.]|\.(?=\d)){0,80}?" +
        @"(?:(?<iy>\d{4})-(?<im>\d{2})(?:-(?<id>\d{2}))?\b" +
        @"|(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?<my>\d{4})\b" +
        @"|\b(?<year>(?:19|20)\d{2})\b" +
        @"|(?:v|[Ll]inux\s+|[Kk]ernel\s+(?:version\s+)?|version\s+)(?<kv>\d+\.\d+(?:\.\d+)?)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Notice();

    /// <summary>The first removal notice in <paramref name="text"/>, or null when it names no time for the removal.</summary>
    public static RemovalNotice? Find(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var m = Notice().Match(text);
        if (!m.Success) return null;
        var written = string.Join(' ', m.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (m.Groups["kv"].Success) return new RemovalNotice(written, null, m.Groups["kv"].Value);
        return new RemovalNotice(written, DueOf(m), null);
    }

    private static DateOnly DueOf(Match m)
    {
        if (m.Groups["iy"].Success)
        {
            var y = Int(m.Groups["iy"].Value);
            var month = Math.Clamp(Int(m.Groups["im"].Value), 1, 12);
            return m.Groups["id"].Success
                ? new DateOnly(y, month, Math.Clamp(Int(m.Groups["id"].Value), 1, DateTime.DaysInMonth(y, month)))
                : EndOfMonth(y, month);
        }
        if (m.Groups["my"].Success) return EndOfMonth(Int(m.Groups["my"].Value), FieldGrammar.MonthOf(m.Groups["month"].Value));
        return new DateOnly(Int(m.Groups["year"].Value), 12, 31);
    }

    private static DateOnly EndOfMonth(int year, int month)
    {
        month = Math.Clamp(month, 1, 12);
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}
