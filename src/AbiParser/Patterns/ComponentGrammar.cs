using System.Collections.Immutable;
using Sprache;

namespace AbiTool.Patterns;

/// <summary>
/// The Sprache grammar of one path component that holds placeholders:
/// <code>
/// component = { escaped | plain | angle | bracket | brace | star | dots }
/// escaped   = "\" any                      a literal character ("GOOG000C\:00")
/// angle     = "&lt;" { not "&gt;" } "&gt;"           &lt;name&gt; any text; &lt;a|b&gt; a choice
/// bracket   = "[" { not "]" } "]" [ "*" | "+" ]   a range, class, choice, optional part or named number
/// brace     = "{" option { ("," | "|") option } "}"   {a,b}, {a|b}, nested {1900,620{0,7,8}}: a choice
/// option    = { text | brace }
/// star      = "*"                          any text, possibly none
/// dots      = "..." | "…"                  any text, possibly none (inside a component)
/// </code>
/// </summary>
internal static class ComponentGrammar
{
    private static readonly Parser<Segment> Escaped =
        from slash in Parse.Char('\\')
        from c in Parse.AnyChar
        select (Segment)new LiteralSegment(c.ToString());

    private static readonly Parser<Segment> Plain =
        Parse.AnyChar.Except(Parse.Chars("<[{*\\…")).Except(Parse.String("...")).AtLeastOnce().Text()
            .Select(text => (Segment)new LiteralSegment(text));

    private static readonly Parser<Segment> Angle =
        from open in Parse.Char('<')
        from body in Parse.CharExcept('>').AtLeastOnce().Text()
        from close in Parse.Char('>')
        select body.Contains('|')
            ? new ChoiceSegment([.. body.Split('|').Select(o => o.Trim())])
            : (Segment)new AnyTextSegment(AllowEmpty: false);

    private static readonly Parser<Segment> Bracket =
        from open in Parse.Char('[')
        from body in Parse.CharExcept(']').AtLeastOnce().Text()
        from close in Parse.Char(']')
        from repeat in Parse.Chars('*', '+').Optional()
        select BracketReading.Read(body, repeat.IsDefined ? repeat.Get() : null);

    // {a,b}, {a|b}, and nested {1900,620{0,7,8}}: every text the braces spell out.
    private static readonly Parser<IEnumerable<string>> BraceOption =
        Parse.CharExcept("{},|").AtLeastOnce().Text().Select(text => (IEnumerable<string>)[text.Trim()])
            .Or(Parse.Ref(() => BraceAlternatives))
            .Many()
            .Select(parts => parts.Aggregate((IEnumerable<string>)[""], (prefixes, part) => prefixes.SelectMany(p => part.Select(q => p + q)).ToList()));

    private static readonly Parser<IEnumerable<string>> BraceAlternatives =
        from open in Parse.Char('{')
        from options in BraceOption.DelimitedBy(Parse.Chars(',', '|'))
        from close in Parse.Char('}')
        select options.SelectMany(o => o).ToList().AsEnumerable();

    private static readonly Parser<Segment> Brace =
        BraceAlternatives.Select(options => (Segment)new ChoiceSegment([.. options.Distinct()]));

    private static readonly Parser<Segment> Star = Parse.Char('*').Return((Segment)new AnyTextSegment(AllowEmpty: true));

    private static readonly Parser<Segment> Dots =
        Parse.String("...").Or(Parse.String("…")).Return((Segment)new AnyTextSegment(AllowEmpty: true));

    public static readonly Parser<IEnumerable<Segment>> Component =
        Escaped.Or(Angle).Or(Bracket).Or(Brace).Or(Star).Or(Dots).Or(Plain).Many().End();
}

/// <summary>What a […] placeholder means, decided by its content.</summary>
internal static class BracketReading
{
    public static Segment Read(string body, char? repeat)
    {
        var text = body.Trim();
        // [0..N], [0..n]: any index.
        if (text.Contains("..", StringComparison.Ordinal))
        {
            var bounds = text.Split("..");
            return bounds.Length == 2 && int.TryParse(bounds[0], out var low) && int.TryParse(bounds[1], out var high) && high >= low
                ? Range(low, high)
                : new DigitsSegment();
        }
        // [ce|ue], [etm|ptm]: a choice.
        if (text.Contains('|') || text.Contains(','))
            return new ChoiceSegment([.. text.Split('|', ',').Select(o => o.Trim())]);
        // [0-7], [0:31], [0-15]: a number in a range (people write [0-15] for 0..15, not for a character class).
        foreach (var separator in new[] { '-', ':' })
        {
            var bounds = text.Split(separator);
            if (bounds.Length == 2 && int.TryParse(bounds[0], out var low) && int.TryParse(bounds[1], out var high) && high >= low)
                return repeat is null ? Range(low, high) : new CharClassSegment(Expand(text), repeat);
        }
        // [.Y]: an optional part.
        if (text.StartsWith('.') || text.StartsWith('_') || text.StartsWith('-'))
        {
            var inner = ComponentGrammar.Component.TryParse(text);
            return inner.WasSuccessful
                ? new OptionalSegment(Capitals.Mark([.. inner.Value]))
                : new ProblemSegment($"optional part '[{body}]' cannot be read");
        }
        // [n], [list-number]: a named number.
        if (text.All(c => char.IsAsciiLetter(c) || c is '-' or '_') && (text.Length == 1 && char.IsAsciiLetterLower(text[0]) || text.Length > 3))
            return new DigitsSegment();
        // [01], [0-9a-f]+: a character class.
        var chars = Expand(text);
        return chars.Length > 0 ? new CharClassSegment(chars, repeat) : new ProblemSegment($"'[{body}]' is no class, range or choice");
    }

    private static Segment Range(int low, int high) => high - low > 4096 ? new DigitsSegment() : new NumberRangeSegment(low, high);

    /// <summary>The characters a class body lists, with a-b ranges expanded; empty for anything unusual.</summary>
    private static string Expand(string body)
    {
        var chars = new System.Text.StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            if (i + 2 < body.Length && body[i + 1] == '-' && char.IsAsciiLetterOrDigit(body[i]) && body[i + 2] >= body[i])
            {
                for (var c = body[i]; c <= body[i + 2]; c++) chars.Append(c);
                i += 2;
            }
            else if (char.IsAsciiLetterOrDigit(body[i]) || body[i] is '_' or '.')
            {
                chars.Append(body[i]);
            }
            else
            {
                return "";
            }
        }
        return chars.ToString();
    }
}

/// <summary>
/// The capital-letter placeholders. In "daxX.Y", "cpuX", "regionZ", "in_voltageY_raw" or "hidrawN" a single X, Y, Z or N
/// stands for a number; it is literal when it is part of an upper-case word ("QEMU", "ACPI000E", "bMaxPower") or
/// followed by a letter or digit. A run of two or more X ("XXXXXXX.ipa") stands for an address or name.
/// </summary>
internal static class Capitals
{
    public static ImmutableArray<Segment> Mark(ImmutableArray<Segment> segments)
    {
        var result = ImmutableArray.CreateBuilder<Segment>();
        for (var s = 0; s < segments.Length; s++)
        {
            if (segments[s] is not LiteralSegment literal)
            {
                result.Add(segments[s]);
                continue;
            }
            var text = literal.Text;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is not ('X' or 'Y' or 'Z' or 'N')) continue;
                var previous = i > 0 ? text[i - 1] : '\0';
                if (char.IsAsciiLetterUpper(previous)) continue;
                var run = 1;
                while (c == 'X' && i + run < text.Length && text[i + run] == 'X') run++;
                var next = i + run < text.Length ? text[i + run] : '\0';
                // A single capital that starts a word is literal: the N of bNumInterfaces. No word of the tree starts
                // with X, Y or Z, so those stay placeholders before a lower-case letter: cXdY, mtdXro.
                if (run == 1 && (char.IsAsciiDigit(next) || char.IsAsciiLetterUpper(next) || (char.IsAsciiLetterLower(next) && c == 'N'))) continue;
                if (i > start) result.Add(new LiteralSegment(text[start..i]));
                result.Add(run > 1 ? new AlphanumericSegment() : new DigitsSegment());
                i += run - 1;
                start = i + 1;
            }
            if (start < text.Length) result.Add(new LiteralSegment(text[start..]));
        }
        return MergeLiterals(result);
    }

    /// <summary>Adjacent literals (left by escapes such as "C\:00") become one, so plain names compare as strings.</summary>
    private static ImmutableArray<Segment> MergeLiterals(IEnumerable<Segment> segments)
    {
        var merged = ImmutableArray.CreateBuilder<Segment>();
        foreach (var segment in segments)
        {
            if (segment is LiteralSegment next && merged.Count > 0 && merged[^1] is LiteralSegment previous)
                merged[^1] = new LiteralSegment(previous.Text + next.Text);
            else
                merged.Add(segment);
        }
        return merged.ToImmutable();
    }
}
