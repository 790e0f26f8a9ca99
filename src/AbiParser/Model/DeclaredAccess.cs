using System.Text.RegularExpressions;

namespace AbiTool.Model;

/// <summary>
/// The access an entry declares at the start of its Description: "(RO)", "(RW)", "(WO)" (or in square brackets), as
/// the ABI README asks for attributes. <c>abi check</c> compares it with a file's permission bits; the C# index and
/// <c>abi surface</c> with a declared mode.
/// </summary>
public static partial class DeclaredAccess
{
    /// <summary>
    /// "RO", "RW" or "WO" (upper case), or null when the Description does not open with one. A qualified mark such as
    /// "(RW; RO in static regions)" names more than one mode: it counts only with <paramref name="qualified"/> (the
    /// mode it names first), since a file's permissions can then rightly be either.
    /// </summary>
    public static string? Of(AbiDescription? description, bool qualified = false)
    {
        if (description is null || description.IsEmpty) return null;
        var declared = (qualified ? QualifiedPattern() : Pattern()).Match(description.Text);
        return declared.Success ? declared.Groups[1].Value.ToUpperInvariant() : null;
    }

    /// <summary>The text without the access mark it opens with (qualified or not), for showing the prose alone.</summary>
    public static string WithoutMark(string text)
    {
        var mark = QualifiedPattern().Match(text);
        return mark.Success ? text[(mark.Index + mark.Length)..].TrimStart() : text;
    }

    /// <summary>Whether read and write permission (any of owner, group, other) agree with the declared access.</summary>
    public static bool Agrees(string access, bool read, bool write) => access switch
    {
        "RO" => read && !write,
        "WO" => write && !read,
        "RW" => read && write,
        _ => true,
    };

    [GeneratedRegex(@"^\s*[(\[](RO|RW|WO)[)\]]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^\s*[(\[](RO|RW|WO)(?:[;,][^)\]\n]*)?[)\]]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedPattern();
}
