using System.Text.RegularExpressions;

namespace AbiTool.Patches.Mail;

/// <summary>
/// What a patch subject's bracket says: <c>[PATCH v3 05/17]</c>, <c>[RFC PATCH 0/4]</c>, <c>[PATCH V6 16/18]</c>,
/// <c>[PATCH 1/1]</c>. Number 0 of a series is its cover letter.
/// </summary>
public sealed partial record SubjectTag(int Version, int Number, int Total, string Title)
{
    [GeneratedRegex(@"^\s*(?:(?:Re|Fwd?|Aw)\s*:\s*)*\[(?<tags>[^\]]*\bPATCH\b[^\]]*)\]\s*(?<title>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bracket();

    [GeneratedRegex(@"\b[vV](\d{1,4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex VersionTag();

    [GeneratedRegex(@"\b(\d{1,4})/(\d{1,4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumberTag();

    public static SubjectTag Parse(string? subject)
    {
        if (subject is null) return new SubjectTag(1, 1, 1, "");
        var bracket = Bracket().Match(subject);
        if (!bracket.Success) return new SubjectTag(1, 1, 1, subject.Trim());
        var tags = bracket.Groups["tags"].Value;
        var version = VersionTag().Match(tags);
        var number = NumberTag().Match(tags);
        return new SubjectTag(
            version.Success ? int.Parse(version.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : 1,
            number.Success ? int.Parse(number.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : 1,
            number.Success ? int.Parse(number.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : 1,
            bracket.Groups["title"].Value.Trim());
    }

    public bool IsCoverLetter => Number == 0;

    /// <summary>"v3 05/17" as a series tool would show it.</summary>
    public override string ToString() => $"v{Version} {Number}/{Total}";
}
