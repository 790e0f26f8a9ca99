using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace AbiTool.Patterns;

/// <summary>
/// Matches path components against compiled What patterns. A component that is all literal is compared as a string;
/// any other is compiled once (per distinct component, on first use) to a <see cref="RegexOptions.NonBacktracking"/>
/// expression, whose cost is linear in the component's length whatever the pattern. Patterns are sequences of such
/// components plus "..." (one or more components), matched by a dynamic programme linear in the path's length.
/// </summary>
public static class PatternMatcher
{
    private static readonly ConcurrentDictionary<SegmentsComponent, ComponentMatcher> Compiled = new();

    /// <summary>
    /// A component's fixed ends, checked before anything else, and its full test, built only when a name gets past
    /// them: building a non-backtracking expression costs far more than most names need.
    /// </summary>
    private sealed class ComponentMatcher(SegmentsComponent component)
    {
        private readonly string prefix = component.Segments is [LiteralSegment first, ..] ? first.Text : "";
        private readonly string suffix = component.Segments is [.., LiteralSegment last] && component.Segments.Length > 1 ? last.Text : "";
        private readonly Lazy<Func<string, bool>> test = new(() => Compile(component));

        public bool IsMatch(string text) =>
            text.Length >= prefix.Length + suffix.Length
            && text.StartsWith(prefix, StringComparison.Ordinal)
            && text.EndsWith(suffix, StringComparison.Ordinal)
            && test.Value(text);
    }

    /// <summary>Whether <paramref name="pattern"/> matches the whole of <paramref name="path"/> (split into components).</summary>
    public static bool Matches(IReadOnlyList<PatternComponent> pattern, IReadOnlyList<string> path)
    {
        // Without "..." a pattern matches only paths of its own length: most candidates end here.
        var open = false;
        foreach (var component in pattern) open |= component is AnyComponentsComponent;
        if (!open && pattern.Count != path.Count) return false;
        // The last components must agree whatever lies between: a cheap test that spares most runs of the programme.
        if (pattern.Count > 0 && pattern[^1] is SegmentsComponent last && (path.Count == 0 || !MatchesComponent(last, path[^1]))) return false;
        return FirstMismatch(pattern, path) < 0;
    }

    /// <summary>
    /// -1 when the pattern matches; otherwise how many leading path components could be matched, so that a report can
    /// say where a path leaves the pattern.
    /// </summary>
    public static int FirstMismatch(IReadOnlyList<PatternComponent> pattern, IReadOnlyList<string> path)
    {
        var n = pattern.Count;
        var m = path.Count;
        // reach[j]: the first i pattern components can consume exactly the first j path components.
        var reach = new bool[m + 1];
        var next = new bool[m + 1];
        reach[0] = true;
        var deepest = 0;
        for (var i = 0; i < n; i++)
        {
            Array.Clear(next);
            var any = false;
            if (pattern[i] is AnyComponentsComponent)
            {
                var open = false;
                for (var j = 0; j <= m; j++)
                {
                    if (open) { next[j] = true; any = true; }
                    open |= reach[j];
                }
            }
            else
            {
                var component = (SegmentsComponent)pattern[i];
                for (var j = 0; j < m; j++)
                {
                    if (reach[j] && MatchesComponent(component, path[j]))
                    {
                        next[j + 1] = true;
                        any = true;
                        deepest = Math.Max(deepest, j + 1);
                    }
                }
            }
            (reach, next) = (next, reach);
            if (!any) return deepest;
        }
        return reach[m] ? -1 : Math.Max(deepest, 0);
    }

    public static bool MatchesComponent(SegmentsComponent component, string text)
    {
        if (component.LiteralText is { } literal) return string.Equals(literal, text, StringComparison.Ordinal);
        return Compiled.GetOrAdd(component, static c => new ComponentMatcher(c)).IsMatch(text);
    }

    /// <summary>
    /// The common shape — literal text around one placeholder ("cpuX", "state&lt;N&gt;", "hwmon[0-9]*") — is checked
    /// directly; anything else becomes a non-backtracking regular expression.
    /// </summary>
    private static Func<string, bool> Compile(SegmentsComponent component)
    {
        var segments = component.Segments;
        var placeholders = segments.Count(s => s is not LiteralSegment);
        if (placeholders == 1 && PlaceholderTest(segments.First(s => s is not LiteralSegment)) is { } test)
        {
            var index = segments.IndexOf(segments.First(s => s is not LiteralSegment));
            var prefix = string.Concat(segments.Take(index).Cast<LiteralSegment>().Select(l => l.Text));
            var suffix = string.Concat(segments.Skip(index + 1).Cast<LiteralSegment>().Select(l => l.Text));
            return text => text.Length >= prefix.Length + suffix.Length
                           && text.StartsWith(prefix, StringComparison.Ordinal)
                           && text.EndsWith(suffix, StringComparison.Ordinal)
                           && test(text.AsSpan(prefix.Length, text.Length - prefix.Length - suffix.Length));
        }
        var regex = new Regex("^" + ToRegex(segments) + "$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        return regex.IsMatch;
    }

    private delegate bool SpanTest(ReadOnlySpan<char> middle);

    private static SpanTest? PlaceholderTest(Segment segment) => segment switch
    {
        DigitsSegment => middle => middle.Length > 0 && !middle.ContainsAnyExceptInRange('0', '9'),
        AnyTextSegment { AllowEmpty: true } => middle => !middle.Contains('/'),
        AnyTextSegment => middle => middle.Length > 0 && !middle.Contains('/'),
        AlphanumericSegment => middle => middle.Length > 0 && !middle.ContainsAnyExcept(AlphanumericChars),
        CharClassSegment { Repeat: '*' } cls => middle => !middle.ContainsAnyExcept(cls.Characters),
        CharClassSegment { Repeat: '+' } cls => middle => middle.Length > 0 && !middle.ContainsAnyExcept(cls.Characters),
        _ => null,
    };

    private static readonly System.Buffers.SearchValues<char> AlphanumericChars =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// The regular expression for a whole path pattern, from its leading '/' to its end: components joined by '/',
    /// "..." for one or more components. With <paramref name="unknownComponent"/>, a path component that is exactly
    /// that character also matches any component: a reader that knows only part of a path (a C# string with a
    /// variable in it) stands it in for the parts it does not know.
    /// </summary>
    public static string ToPathRegex(IEnumerable<PatternComponent> components, char? unknownComponent = null)
    {
        var unknown = unknownComponent is { } c ? $"\\u{(int)c:X4}|" : "";
        var regex = new StringBuilder("^");
        foreach (var component in components)
        {
            regex.Append(component switch
            {
                AnyComponentsComponent => "/[^/]+(?:/[^/]+)*",
                SegmentsComponent segments => "/(?:" + unknown + ToRegex(segments.Segments) + ")",
                _ => throw new InvalidOperationException($"unknown component {component}"),
            });
        }
        return regex.Append('$').ToString();
    }

    /// <summary>The regular expression for a run of segments; literal text is escaped, never interpreted.</summary>
    internal static string ToRegex(IEnumerable<Segment> segments)
    {
        var regex = new StringBuilder();
        foreach (var segment in segments)
        {
            regex.Append(segment switch
            {
                LiteralSegment literal => Regex.Escape(literal.Text),
                DigitsSegment => "[0-9]+",
                AlphanumericSegment => "[0-9A-Za-z]+",
                NumberRangeSegment range => "(?:" + string.Join('|', Enumerable.Range(range.Low, range.High - range.Low + 1)) + ")",
                CharClassSegment cls => "[" + Regex.Escape(cls.Characters).Replace("]", "\\]").Replace("-", "\\-") + "]" + (cls.Repeat?.ToString() ?? ""),
                ChoiceSegment choice => "(?:" + string.Join('|', choice.Options.Select(Regex.Escape)) + ")" + (choice.Optional ? "?" : ""),
                AnyTextSegment any => any.AllowEmpty ? "[^/]*" : "[^/]+",
                OptionalSegment optional => "(?:" + ToRegex(optional.Inner) + ")?",
                _ => throw new InvalidOperationException($"unknown segment {segment}"),
            });
        }
        return regex.ToString();
    }
}
