using System.Text;
using System.Text.RegularExpressions;
using AbiTool.Model;
using AbiTool.Patterns;

namespace AbiTool.Reporting.Index;

/// <summary>
/// Writes the compact ABI index the Roslyn analyzer and source generator read (they run on netstandard2.0 and cannot
/// use the parser). The pattern language stays here: every What goes out as a .NET regular expression over the whole
/// path, so the analyzer needs nothing but <see cref="Regex"/> to match. The format, one What per line:
/// <code>
/// # abi-index 1
/// level TAB what TAB regex TAB prefix TAB last TAB access TAB location TAB advice TAB fix-from TAB fix-to TAB description
/// </code>
/// <c>prefix</c> is the What's leading literal components ("/sys/bus/dax/devices"), <c>last</c> its last component
/// when literal, <c>access</c> RO/RW/WO or empty, <c>location</c> "file:line" below the ABI root, <c>advice</c> the
/// sentence of an obsolete or removed entry that points elsewhere, <c>fix-from</c>/<c>fix-to</c> the literal path
/// prefixes that turn this What into its replacement. Tabs, newlines and backslashes in fields are written as
/// \t, \n and \\. In a path being matched, a component that is exactly U+E000 stands for text not known until run time.
/// </summary>
public static partial class AbiIndexWriter
{
    public const string Header = "# abi-index 1";

    /// <summary>Stands in a path for a component whose text is not known (see the format above).</summary>
    public const char UnknownComponent = '\uE000';

    public static void Write(TextWriter output, AbiCorpus corpus)
    {
        output.Write(Header);
        output.Write('\n');
        foreach (var entry in corpus.Entries)
        {
            if (entry.Level == AbiLevel.None) continue;
            var access = DeclaredAccess.Of(entry.Description, qualified: true) ?? "";
            var description = entry.Description?.Text ?? "";
            var advice = entry.Level is AbiLevel.Obsolete or AbiLevel.Removed ? Advice(description) : "";
            foreach (var what in entry.Whats)
            {
                var pattern = WhatPatternParser.Parse(what.Text);
                if (pattern.Kind != WhatKind.Path) continue;
                var (fixFrom, fixTo) = Fix(what.Text, advice);
                string[] fields =
                [
                    entry.Level.FolderName(), what.Text, PatternMatcher.ToPathRegex(pattern.Components, UnknownComponent),
                    LiteralPrefix(pattern), pattern.Components[^1] is SegmentsComponent { LiteralText: { } last } ? last : "",
                    access, $"{entry.RelativePath}:{what.Span.Line}", advice, fixFrom, fixTo, description,
                ];
                output.Write(string.Join('\t', fields.Select(Escape)));
                output.Write('\n');
            }
        }
    }

    public static string Write(AbiCorpus corpus)
    {
        var text = new StringWriter();
        Write(text, corpus);
        return text.ToString();
    }

    private static string LiteralPrefix(WhatPattern pattern)
    {
        var prefix = new StringBuilder();
        foreach (var component in pattern.Components)
        {
            if (component is not SegmentsComponent { LiteralText: { } literal }) break;
            prefix.Append('/').Append(literal);
        }
        return prefix.ToString();
    }

    /// <summary>The first sentence that names another path ("It now lives at /sys/bus/…"), else the first sentence.</summary>
    internal static string Advice(string description)
    {
        var sentences = SentenceBreak().Split(DeclaredAccess.WithoutMark(Blanks().Replace(description, " ").Trim()));
        return sentences.FirstOrDefault(s => AbsolutePath().IsMatch(s)) ?? sentences.FirstOrDefault() ?? "";
    }

    /// <summary>
    /// The literal prefixes that turn a What into the path its advice names, when both end in the same components
    /// (/sys/class/dax/daxX.Y/size → /sys/bus/dax/devices/daxX.Y/size: /sys/class/dax → /sys/bus/dax/devices).
    /// </summary>
    internal static (string From, string To) Fix(string what, string advice)
    {
        var target = AbsolutePath().Match(advice);
        if (!target.Success) return ("", "");
        var from = WhatIndex.Split(what.TrimEnd('/'));
        var to = WhatIndex.Split(target.Value.TrimEnd('.', ',', ';', ':', ')').TrimEnd('/'));
        var common = 0;
        while (common < Math.Min(from.Length, to.Length) - 1 && from[^(common + 1)] == to[^(common + 1)]) common++;
        var bothFolders = what.EndsWith('/') && target.Value.TrimEnd('.', ',', ';', ':', ')').EndsWith('/');
        if (common == 0 && !bothFolders) return ("", "");
        var fromPrefix = "/" + string.Join('/', from[..^common]);
        var toPrefix = "/" + string.Join('/', to[..^common]);
        return IsLiteral(fromPrefix) && IsLiteral(toPrefix) && fromPrefix != toPrefix ? (fromPrefix, toPrefix) : ("", "");
    }

    private static bool IsLiteral(string path) =>
        WhatPatternParser.Parse(path) is { Kind: WhatKind.Path } pattern
        && pattern.Components.All(c => c is SegmentsComponent { LiteralText: not null });

    private static string Escape(string field) =>
        field.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z(""'])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();

    [GeneratedRegex(@"(?<![\w.])/(?:sys|proc|config)/[^\s,;()""']+")]
    private static partial Regex AbsolutePath();
}
