using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace AbiTool.Analyzers;

/// <summary>The stability levels of Documentation/ABI, most stable first.</summary>
public enum AbiLevel
{
    Stable,
    Testing,
    Obsolete,
    Removed,
}

/// <summary>One What of the index (see <c>AbiIndexWriter</c> in the core for the format).</summary>
public sealed class AbiIndexEntry
{
    internal AbiIndexEntry(string[] fields)
    {
        Level = (AbiLevel)Enum.Parse(typeof(AbiLevel), fields[0], ignoreCase: true);
        What = fields[1];
        Pattern = new Regex(fields[2], RegexOptions.CultureInvariant);
        IsOpen = fields[2].Contains(AnyComponents);
        Prefix = fields[3];
        PrefixComponents = Prefix.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        Last = fields[4];
        Access = fields[5];
        Location = fields[6];
        Advice = fields[7];
        FixFrom = fields[8];
        FixTo = fields[9];
        Description = fields[10];
    }

    /// <summary>How the core writes "..." (one or more components) in a pattern.</summary>
    internal const string AnyComponents = "/[^/]+(?:/[^/]+)*";

    public AbiLevel Level { get; }

    /// <summary>The What holds "...": it matches paths of any depth.</summary>
    public bool IsOpen { get; }

    /// <summary>The What as the ABI file writes it.</summary>
    public string What { get; }

    /// <summary>The whole path, as the core's pattern language reads the What.</summary>
    public Regex Pattern { get; }

    /// <summary>The What's leading literal components ("/sys/bus/dax/devices").</summary>
    public string Prefix { get; }

    internal string[] PrefixComponents { get; }

    /// <summary>
    /// Whether the What's literal prefix agrees with the path's first components (unknown ones agree with anything):
    /// a cheap test before the regular expression.
    /// </summary>
    internal bool PrefixAgrees(IReadOnlyList<string> components)
    {
        for (var i = 0; i < PrefixComponents.Length && i < components.Count; i++)
        {
            if (components[i] != PrefixComponents[i] && components[i] != AbiIndex.UnknownComponent.ToString()) return false;
        }
        return true;
    }

    /// <summary>The last component when literal ("size"), else empty.</summary>
    public string Last { get; }

    /// <summary>RO, RW, WO, or empty when the Description declares none.</summary>
    public string Access { get; }

    /// <summary>"file:line" below the ABI root.</summary>
    public string Location { get; }

    public string Advice { get; }

    public string FixFrom { get; }

    public string FixTo { get; }

    public string Description { get; }
}

/// <summary>
/// The compact ABI index `abi index` writes, read back for matching paths. The pattern language is not repeated
/// here: each What arrives as a regular expression the core built.
/// </summary>
public sealed class AbiIndex
{
    public const string Header = "# abi-index 1";

    /// <summary>A path component whose text is not known until run time; matches any component.</summary>
    public const char UnknownComponent = '\uE000';

    private static readonly Lazy<AbiIndex> EmbeddedIndex = new Lazy<AbiIndex>(() =>
    {
        using var stream = typeof(AbiIndex).Assembly.GetManifestResourceStream("abi.index")
                           ?? throw new InvalidOperationException("abi.index is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    });

    private readonly Dictionary<string, List<AbiIndexEntry>> byLast = new Dictionary<string, List<AbiIndexEntry>>(StringComparer.Ordinal);
    private readonly List<AbiIndexEntry> placeholderLast = new List<AbiIndexEntry>();

    private AbiIndex(List<AbiIndexEntry> entries)
    {
        Entries = entries;
        foreach (var entry in entries)
        {
            if (entry.Last.Length == 0)
            {
                placeholderLast.Add(entry);
                continue;
            }
            if (!byLast.TryGetValue(entry.Last, out var list)) byLast[entry.Last] = list = new List<AbiIndexEntry>();
            list.Add(entry);
        }
    }

    /// <summary>The project's own abi/, carried in the analyzer.</summary>
    public static AbiIndex Embedded => EmbeddedIndex.Value;

    public IReadOnlyList<AbiIndexEntry> Entries { get; }

    /// <summary>Reads index text; lines that are not index lines (comments, blanks) are skipped.</summary>
    public static AbiIndex Parse(string text) => Parse(new[] { text });

    /// <summary>Several index files read as one.</summary>
    public static AbiIndex Parse(IEnumerable<string> texts)
    {
        var entries = new List<AbiIndexEntry>();
        foreach (var text in texts)
        {
            foreach (var line in text.Split('\n'))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var fields = line.TrimEnd('\r').Split('\t');
                if (fields.Length < 11) continue;
                entries.Add(new AbiIndexEntry(fields.Select(Unescape).ToArray()));
            }
        }
        return new AbiIndex(entries);
    }

    /// <summary>The entries that document a path given as components (unknown ones as <see cref="UnknownComponent"/>).</summary>
    public IEnumerable<AbiIndexEntry> Match(IReadOnlyList<string> components)
    {
        if (components.Count == 0) yield break;
        var path = "/" + string.Join("/", components);
        var last = components[components.Count - 1];
        IEnumerable<AbiIndexEntry> candidates = last == UnknownComponent.ToString()
            ? Entries
            : byLast.TryGetValue(last, out var named) ? named.Concat(placeholderLast) : placeholderLast;
        foreach (var entry in candidates)
        {
            if (entry.PrefixAgrees(components) && entry.Pattern.IsMatch(path)) yield return entry;
        }
    }

    /// <summary>
    /// The entry whose level the path has, or null. The most specific kind of match decides, and among those the most
    /// stable entry: a What without "..." that matches the path; else the nearest folder What above it
    /// ("/sys/class/gpio/" for "/sys/class/gpio/export", whose files the entry describes); else a What with "...".
    /// </summary>
    public AbiIndexEntry? Best(IReadOnlyList<string> components)
    {
        var matches = Match(components).ToList();
        if (MostStable(matches.Where(e => !e.IsOpen)) is { } closed) return closed;
        for (var length = components.Count - 1; length >= 2; length--)
        {
            var folder = "/" + string.Join("/", components.Take(length));
            var folders = Entries.Where(e => !e.IsOpen && e.What.EndsWith("/", StringComparison.Ordinal) && e.PrefixAgrees(components) && e.Pattern.IsMatch(folder));
            if (MostStable(folders) is { } above) return above;
        }
        return MostStable(matches);
    }

    private static AbiIndexEntry? MostStable(IEnumerable<AbiIndexEntry> entries)
    {
        AbiIndexEntry? best = null;
        foreach (var entry in entries)
        {
            if (best is null || entry.Level < best.Level) best = entry;
        }
        return best;
    }

    /// <summary>
    /// Whether the path is a folder on the way to documented Whats ("/sys/bus/dax/devices" on the way to
    /// "/sys/bus/dax/devices/daxX.Y/size"): such a path is not undocumented, only not an interface of its own. Whats
    /// with "..." do not count: "/sys/devices/.../dax_region/id" would make a folder of every path under /sys/devices.
    /// </summary>
    public bool IsFolderOfDocumented(IReadOnlyList<string> components)
    {
        var path = "/" + string.Join("/", components);
        for (var extra = 1; extra <= 8; extra++)
        {
            path += "/" + UnknownComponent;
            foreach (var entry in Entries)
            {
                if (!entry.IsOpen && entry.PrefixAgrees(components) && entry.Pattern.IsMatch(path)) return true;
            }
        }
        return false;
    }

    private static string Unescape(string field)
    {
        if (field.IndexOf('\\') < 0) return field;
        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\' || i + 1 == field.Length)
            {
                text.Append(field[i]);
                continue;
            }
            var next = field[++i];
            text.Append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
        }
        return text.ToString();
    }
}
