using Sprache;

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
public static class FieldGrammar
{
    public static readonly IReadOnlyList<string> MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Parser<string> Word = Parse.Letter.AtLeastOnce().Text();

    /// <summary>A month: its full name, its three-letter abbreviation, or "Sept"; any case; an optional period.</summary>
    private static readonly Parser<int> Month =
        from word in Word
        let month = MonthOf(word)
        where month > 0
        from dot in Parse.Char('.').Optional()
        select month;

    private static readonly Parser<int> Year =
        Parse.Digit.Repeat(4).Text().Select(int.Parse);

    private static readonly Parser<int> Day =
        from digits in Parse.Digit.Repeat(1, 2).Text()
        let day = int.Parse(digits)
        where day is >= 1 and <= 31
        from suffix in Parse.String("st").Or(Parse.String("nd")).Or(Parse.String("rd")).Or(Parse.String("th")).Optional()
        select day;

    private static readonly Parser<char> Space = Parse.Chars(' ', '\t');
    private static readonly Parser<IEnumerable<char>> Gap = Space.AtLeastOnce();
    private static readonly Parser<IEnumerable<char>> CommaGap = Parse.Char(',').Optional().Then(_ => Space.Many());

    /// <summary>The end of the value, or a remark set off by a blank, comma, semicolon or parenthesis.</summary>
    private static readonly Parser<string> Remark =
        Parse.LineEnd.Or(Parse.Return("").End())
            .Or(Parse.Chars(' ', '\t', ',', ';', '(').Then(_ => Parse.AnyChar.Many()).Return(""));

    // "April 2009", "May, 2019", "Oct. 2019"
    private static readonly Parser<AbiDate> MonthYear =
        from month in Month
        from sep in CommaGap
        from year in Year
        select new AbiDate(year, month, null);

    // "Oct 15, 2019", "Nov 16 2022"
    private static readonly Parser<AbiDate> MonthDayYear =
        from month in Month
        from gap in Gap
        from day in Day
        from sep in CommaGap
        from year in Year
        select new AbiDate(year, month, day);

    // "08-Jan-2019", "15 March 2019"
    private static readonly Parser<AbiDate> DayMonthYear =
        from day in Day
        from sep1 in Parse.Char('-').Return("").Or(Gap.Text())
        from month in Month
        from sep2 in Parse.Char('-').Return("").Or(Gap.Text())
        from year in Year
        select new AbiDate(year, month, day);

    // "2019-01-08", "2019/01/08"
    private static readonly Parser<AbiDate> Iso =
        from year in Year
        from sep in Parse.Chars('-', '/')
        from month in Parse.Digit.Repeat(2).Text().Select(int.Parse).Where(m => m is >= 1 and <= 12)
        from sep2 in Parse.Char(sep)
        from day in Parse.Digit.Repeat(2).Text().Select(int.Parse).Where(d => d is >= 1 and <= 31)
        select new AbiDate(year, month, day);

    private static readonly Parser<AbiDate> Date =
        from date in MonthDayYear.Or(MonthYear).Or(Iso).Or(DayMonthYear)
        from remark in Remark
        select date;

    private static readonly Parser<KernelVersionValue> Version =
        from v in Parse.Chars('v', 'V').Optional()
        from major in Parse.Number.Select(int.Parse)
        from dot in Parse.Char('.')
        from minor in Parse.Number.Select(int.Parse)
        from patch in Parse.Char('.').Then(_ => Parse.Number.Select(int.Parse)).Optional()
        from rc in Parse.String("-rc").Then(_ => Parse.Number.Select(int.Parse)).Optional()
        from remark in Remark
        select new KernelVersionValue(major, minor, patch.IsDefined ? patch.Get() : null, rc.IsDefined ? rc.Get() : null);

    public static bool TryParseDate(string value, out AbiDate date)
    {
        var result = Date.TryParse(value.Trim());
        date = result.WasSuccessful ? result.Value : null!;
        return result.WasSuccessful && date.Year is >= 1991 and <= 2100;
    }

    public static bool TryParseKernelVersion(string value, out KernelVersionValue version)
    {
        var result = Version.TryParse(value.Trim());
        version = result.WasSuccessful ? result.Value : null!;
        return result.WasSuccessful;
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
