using System.Text.RegularExpressions;
using AbiTool.Text;

namespace AbiTool.Parsing;

/// <summary>A Date value read as a calendar date; <see cref="Day"/> is null for the common "Month Year" form.</summary>
public sealed record AbiDate(int Year, int Month, int? Day)
{
    public DateOnly Start => new(Year, Month, Day ?? 1);
}

/// <summary>A KernelVersion value: <c>5.1</c>, <c>v5.10</c>, <c>2.6.12-rc2</c>.</summary>
public sealed record KernelVersionValue(int Major, int Minor, int? Patch, int? ReleaseCandidate)
{
    public override string ToString() =>
        $"{Major}.{Minor}{(Patch is { } p ? "." + p : "")}{(ReleaseCandidate is { } rc ? "-rc" + rc : "")}";
}

/// <summary>
/// Grammars for the values of Date and KernelVersion. Both accept a trailing remark after the value
/// (<c>April 2009 (predates git)</c>, <c>6.2 but backported …</c>), which real trees use to annotate.
/// </summary>
/// <remarks>
/// Written as source-generated regular expressions rather than Sprache parsers: a kernel tree holds about 700 distinct
/// values, and a Sprache parse of each cost more than the rest of validation together. The expressions are our own
/// constants, never built from input, and anchored on short single-line values.
/// </remarks>
public static partial class FieldGrammar
{
    public static readonly IReadOnlyList<string> MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // A remark after the value: set off by a blank, comma, semicolon or parenthesis.
    private const string Remark = @"(?:[ \t,;(].*)?";
    private const string Day = @"(?<day>\d{1,2})(?:st|nd|rd|th)?";

    /// <summary>
    /// "April 2009", "May, 2019", "Oct. 2019", "Oct 15, 2019", "Nov 16 2022" (month first);
    /// "2019-01-08", "2019/01/08" (ISO); "08-Jan-2019", "15 March 2019" (day first).
    /// </summary>
    [GeneratedRegex(
        @"^(?:(?<month>[A-Za-z]+)\.?,?[ \t]*(?:" + Day + @",?[ \t]*)?(?<year>\d{4})" +
        @"|(?<year>\d{4})(?<sep>[-/])(?<mm>\d{2})\k<sep>(?<dd>\d{2})" +
        @"|" + Day + @"[- \t]+(?<month>[A-Za-z]+)[- \t]+(?<year>\d{4}))" + Remark + "$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    /// <summary>"5.1", "v5.10", "2.6.12-rc2", each possibly followed by a remark.</summary>
    [GeneratedRegex(@"^[vV]?(?<major>\d+)\.(?<minor>\d+)(?:\.(?<patch>\d+))?(?:-rc(?<rc>\d+))?" + Remark + "$",
        RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    // Trees repeat the same few hundred values thousands of times.
    private static readonly BoundedMemo<AbiDate?> Dates = new(ReadDate);
    private static readonly BoundedMemo<KernelVersionValue?> Versions = new(ReadKernelVersion);

    public static bool TryParseDate(string value, out AbiDate date)
    {
        date = Dates.Get(value.AsSpan().Trim())!;
        return date is not null;
    }

    public static bool TryParseKernelVersion(string value, out KernelVersionValue version)
    {
        version = Versions.Get(value.AsSpan().Trim())!;
        return version is not null;
    }

    private static AbiDate? ReadDate(string value)
    {
        var match = DatePattern().Match(value);
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["year"].ValueSpan);
        int month;
        if (match.Groups["month"].Success)
        {
            month = MonthOf(match.Groups["month"].Value);
        }
        else
        {
            month = int.Parse(match.Groups["mm"].ValueSpan);
            if (month > 12) month = 0;
        }
        int? day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].ValueSpan)
            : match.Groups["dd"].Success ? int.Parse(match.Groups["dd"].ValueSpan) : null;
        if (month == 0 || day is < 1 or > 31 || year is < 1991 or > 2100) return null;
        return new AbiDate(year, month, day);
    }

    private static KernelVersionValue? ReadKernelVersion(string value)
    {
        var match = VersionPattern().Match(value);
        if (!match.Success) return null;
        static int? Optional(Group group) => group.Success ? int.Parse(group.ValueSpan) : null;
        return new KernelVersionValue(int.Parse(match.Groups["major"].ValueSpan), int.Parse(match.Groups["minor"].ValueSpan),
            Optional(match.Groups["patch"]), Optional(match.Groups["rc"]));
    }

    /// <summary>1–12 for a month name or abbreviation, 0 otherwise.</summary>
    public static int MonthOf(string word)
    {
        if (word.Equals("Sept", StringComparison.OrdinalIgnoreCase)) return 9;
        for (var i = 0; i < MonthNames.Count; i++)
        {
            var name = MonthNames[i];
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase)) return i + 1;
            if (word.Length == 3 && name.StartsWith(word, StringComparison.OrdinalIgnoreCase)) return i + 1;
        }
        return 0;
    }

    /// <summary>For a value that failed to parse: the month name a misspelled word in it probably meant.</summary>
    public static (string Written, string Meant)? SuggestMonth(string value)
    {
        foreach (var word in value.Split([' ', '\t', ',', '.', '-', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length < 3 || !word.All(char.IsLetter) || MonthOf(word) > 0) continue;
            var meant = Text.EditDistance.Nearest(word, MonthNames, maxDistance: 2);
            if (meant is not null) return (word, meant);
        }
        return null;
    }
}
