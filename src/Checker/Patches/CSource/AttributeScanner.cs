using System.Text;
using Sprache;

namespace AbiTool.Patches.CSource;

/// <summary>A run of source lines to scan, each with the number it carries (a patch line, a file line).</summary>
public sealed record SourceLine(string Text, int Line);

/// <summary>A fact found in source lines, with the line it starts on.</summary>
public sealed record LocatedDeclaration(SysfsDeclaration Declaration, SourceLine At);

/// <summary>
/// Finds the sysfs forms of <see cref="AttributeGrammar"/> in C text. The lines of a run are joined (macro-body
/// backslashes and comments removed) so that a form split over lines is read whole; each place a form can start —
/// the start of an identifier, an '&amp;' or a '.' — is tried against the grammar.
/// </summary>
public static class AttributeScanner
{
    /// <summary>How far one form may reach; an initialiser is a few lines, never pages.</summary>
    private const int Window = 1200;

    public static IReadOnlyList<LocatedDeclaration> Scan(IReadOnlyList<SourceLine> lines)
    {
        var text = new StringBuilder();
        var starts = new List<int>(lines.Count);
        var inComment = false;
        foreach (var line in lines)
        {
            starts.Add(text.Length);
            text.Append(Clean(line.Text, ref inComment)).Append('\n');
        }
        var source = text.ToString();
        var found = new List<LocatedDeclaration>();
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (!(c is '&' or '.' or '_' || char.IsAsciiLetter(c))) continue;
            if (i > 0 && (char.IsAsciiLetterOrDigit(source[i - 1]) || source[i - 1] is '_' or '#')) continue;
            if (c == '&' && PrecededByComparison(source, i)) continue;
            if (!CanStartForm(source, i)) continue;
            var window = source.Substring(i, Math.Min(Window, source.Length - i));
            var result = AttributeGrammar.AnyForm.TryParse(window);
            if (!result.WasSuccessful) continue;
            var index = starts.BinarySearch(i);
            var lineIndex = index >= 0 ? index : ~index - 1;
            found.Add(new LocatedDeclaration(result.Value with { Offset = i }, lines[lineIndex]));
            if (result.Value.Kind is DeclarationKind.Attribute) i += Math.Max(0, result.Remainder.Position - 1);
        }
        return found;
    }

    private static readonly string[] StartWords =
    [
        "DEVICE_ATTR", "DRIVER_ATTR", "BUS_ATTR", "CLASS_ATTR", "__ATTR", "ATTRIBUTE_GROUPS", "struct", "ssize_t",
        "device_create_file", "sysfs_create_", "driver_create_file", "bus_create_file", "class_create_file", "device_add_group",
    ];

    /// <summary>
    /// A cheap look at the text before the grammar is tried: the word here must begin one of the forms (the grammar is
    /// costly, and most words of a C file begin none).
    /// </summary>
    private static bool CanStartForm(string source, int i)
    {
        var c = source[i];
        if (c == '.')
        {
            var field = source.AsSpan(i + 1);
            return field.StartsWith("attrs") || field.StartsWith("is_visible");
        }
        if (c == '&')
        {
            var j = i + 1;
            while (j < source.Length && source[j] is ' ' or '\t') j++;
            var start = j;
            while (j < source.Length && (char.IsAsciiLetterOrDigit(source[j]) || source[j] is '_' or '#')) j++;
            return j > start && source.AsSpan(j).StartsWith(".attr");
        }
        var word = source.AsSpan(i);
        foreach (var start in StartWords)
        {
            if (word.StartsWith(start)) return true;
        }
        return false;
    }

    /// <summary><c>a == &amp;dev_attr_x.attr</c> tests an attribute; it does not expose one.</summary>
    private static bool PrecededByComparison(string source, int i)
    {
        var j = i - 1;
        while (j >= 0 && source[j] is ' ' or '\t' or '\n') j--;
        return j >= 1 && source[j] == '=' && source[j - 1] is '=' or '!';
    }

    /// <summary>The line without comments, <c>#define</c>s of the attribute helpers themselves, and a macro body's trailing backslash.</summary>
    private static string Clean(string line, ref bool inComment)
    {
        var result = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (inComment)
            {
                if (line[i] == '*' && i + 1 < line.Length && line[i + 1] == '/') { inComment = false; i++; }
                continue;
            }
            if (line[i] == '/' && i + 1 < line.Length && line[i + 1] == '*') { inComment = true; i++; continue; }
            if (line[i] == '/' && i + 1 < line.Length && line[i + 1] == '/') break;
            result.Append(line[i]);
        }
        var cleaned = result.ToString().TrimEnd();
        if (cleaned.EndsWith('\\')) cleaned = cleaned[..^1];
        var trimmed = cleaned.TrimStart();
        if (trimmed.StartsWith('#') && IsHelperDefinition(trimmed)) return "";
        return cleaned;
    }

    private static bool IsHelperDefinition(string directive)
    {
        var rest = directive.AsSpan(1).TrimStart();
        if (!rest.StartsWith("define")) return false;
        rest = rest[6..].TrimStart();
        return rest.StartsWith("__ATTR") || rest.StartsWith("DEVICE_ATTR") || rest.StartsWith("DRIVER_ATTR") ||
               rest.StartsWith("BUS_ATTR") || rest.StartsWith("CLASS_ATTR");
    }
}
