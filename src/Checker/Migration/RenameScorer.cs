using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AbiTool.Text;

namespace AbiTool.Migration;

/// <summary>
/// How alike a removed and an added interface are. The confidence is a weighted sum of three similarities, each 0–1:
/// the What strings (weight 0.5; 1 when they differ only in placeholders, else one minus their edit distance over the
/// longer length), the Descriptions' word sets (0.35; shared words over all words), and the file (0.15; same file 1,
/// a file whose name extends the other's 0.5). A pair whose last path components are unlike (similarity under 0.5)
/// needs a near-identical Description (0.8) to count at all: a parent folder and some shared words are not enough
/// to say a file was renamed. docs/migration.md explains it with examples.
/// </summary>
public static partial class RenameScorer
{
    public const double DefaultThreshold = 0.6;
    public const double WhatWeight = 0.5;
    public const double DescriptionWeight = 0.35;
    public const double FileWeight = 0.15;

    /// <summary>Description similarity at which a leaf that changed beyond recognition may still be a rename.</summary>
    public const double SameDescription = 0.8;

    /// <summary>Long What strings are prose; comparing their first characters says enough.</summary>
    private const int MaxCompared = 256;

    private static readonly ConditionalWeakTable<Model.AbiEntry, HashSet<string>> WordSets = new();

    public static RenameMatch Score(InterfaceSide old, InterfaceSide @new)
    {
        var (a, b) = (FormsOf(old.What), FormsOf(@new.What));
        var description = DescriptionSimilarity(old.Entry, @new.Entry);
        if (a.Form != b.Form && description < SameDescription && Similarity(a.LeafText, b.LeafText, a.Leaf, b.Leaf) < 0.5)
            return new RenameMatch(0, 0, Math.Round(description, 3), 0);
        var what = Similarity(old.What.Text, @new.What.Text, a.Form, b.Form);
        var file = FileSimilarity(EntryFields.FileName(old.Entry.RelativePath), EntryFields.FileName(@new.Entry.RelativePath));
        var confidence = WhatWeight * what + DescriptionWeight * description + FileWeight * file;
        return new RenameMatch(Math.Round(confidence, 3), Math.Round(what, 3), Math.Round(description, 3), file);
    }

    /// <summary>The last component of a What's path (remarks after the path left out).</summary>
    public static string Leaf(string what)
    {
        var path = what.Split([' ', '\t'], 2)[0].TrimEnd('/');
        return path[(path.LastIndexOf('/') + 1)..];
    }

    public static double WhatSimilarity(string a, string b) => Similarity(a, b, PlaceholderForm(a), PlaceholderForm(b));

    private static double Similarity(string a, string b, string formA, string formB)
    {
        if (formA == formB) return 1;
        var x = a.AsSpan(0, Math.Min(a.Length, MaxCompared));
        var y = b.AsSpan(0, Math.Min(b.Length, MaxCompared));
        return 1 - (double)EditDistance.Between(x, y, ignoreCase: false) / Math.Max(x.Length, y.Length);
    }

    /// <summary>A What's placeholder form and its leaf's, computed once per What: scoring meets each What many times.</summary>
    private sealed record WhatForms(string Form, string LeafText, string Leaf);

    private static readonly ConditionalWeakTable<Model.AbiWhat, WhatForms> Forms = new();

    private static WhatForms FormsOf(Model.AbiWhat what) =>
        Forms.GetValue(what, static w =>
        {
            var leaf = Leaf(w.Text);
            return new WhatForms(PlaceholderForm(w.Text), leaf, PlaceholderForm(leaf));
        });

    /// <summary>Shared words over all words of the two Descriptions; 0.5 when both have none (no evidence either way).</summary>
    public static double DescriptionSimilarity(Model.AbiEntry a, Model.AbiEntry b)
    {
        if (ReferenceEquals(a, b)) return 1;
        var x = WordsOf(a);
        var y = WordsOf(b);
        if (x.Count == 0 && y.Count == 0) return 0.5;
        var shared = 0;
        foreach (var word in x.Count <= y.Count ? x : y)
        {
            if ((x.Count <= y.Count ? y : x).Contains(word)) shared++;
        }
        return (double)shared / (x.Count + y.Count - shared);
    }

    public static double FileSimilarity(string a, string b)
    {
        if (a == b) return 1;
        return a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal) ? 0.5 : 0;
    }

    /// <summary>
    /// The What with every placeholder written as <c>*</c>: <c>&lt;name&gt;</c>, <c>{a,b}</c>, <c>[0-7]</c>, capital
    /// letters standing for numbers (<c>daxX.Y</c>, <c>nodeN</c>) and numbers themselves.
    /// </summary>
    public static string PlaceholderForm(string what) => Placeholder().Replace(what, "*");

    [GeneratedRegex(@"<[^>/]*>|\{[^}/]*\}|\[[^\]/]*\]|(?<![A-Z])[A-Z](?![A-Za-z])|\d+|\*+", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[a-z0-9_]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    private static HashSet<string> WordsOf(Model.AbiEntry entry) =>
        WordSets.GetValue(entry, static e =>
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            if (e.Description is { } d)
            {
                foreach (Match m in Word().Matches(d.Text.ToLowerInvariant())) words.Add(m.Value);
            }
            return words;
        });
}
