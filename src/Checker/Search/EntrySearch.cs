using System.Text.RegularExpressions;
using AbiTool.Model;

namespace AbiTool.Search;

/// <summary><c>abi search</c>: entries whose What strings or Description match a regular expression.</summary>
public static class EntrySearch
{
    /// <summary>
    /// Compiles the user's expression without backtracking, so no expression can make a search run away; the few
    /// constructs that needs (backreferences, lookarounds) fall back to the backtracking engine with a time limit.
    /// </summary>
    public static Regex Compile(string pattern, bool ignoreCase = false)
    {
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, options, TimeSpan.FromSeconds(2));
        }
    }

    public static IEnumerable<AbiEntry> Find(AbiCorpus corpus, Regex regex, AbiLevel? level = null, bool whatOnly = false) =>
        from entry in corpus.Entries
        where level is null || entry.Level == level
        where entry.Whats.Any(w => regex.IsMatch(w.Text)) || (!whatOnly && entry.Description is { } d && regex.IsMatch(d.Text))
        select entry;
}
