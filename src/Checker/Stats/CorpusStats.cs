using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Stats;

/// <summary>Counts for one level folder.</summary>
public sealed record LevelStats(AbiLevel Level, int Files, int Entries, int Whats);

/// <summary><c>abi stats</c>: the size of a corpus per level and its findings per code.</summary>
public sealed record CorpusStats(
    string Root,
    IReadOnlyList<LevelStats> Levels,
    int Files,
    int Entries,
    int Whats,
    int DistinctWhats,
    IReadOnlyList<KeyValuePair<string, int>> DiagnosticsPerCode)
{
    public static CorpusStats Compute(AbiCorpus corpus, IEnumerable<Diagnostic> diagnostics)
    {
        var levels = AbiLevels.All.Append(AbiLevel.None)
            .Select(level =>
            {
                var files = corpus.Files.Where(f => f.Level == level).ToList();
                return new LevelStats(level, files.Count, files.Sum(f => f.Entries.Length), files.Sum(f => f.Entries.Sum(e => e.Whats.Length)));
            })
            .Where(s => s.Level != AbiLevel.None || s.Files > 0)
            .ToList();
        var whats = corpus.Entries.SelectMany(e => e.Whats).Select(w => w.Text).ToList();
        var perCode = diagnostics.GroupBy(d => d.Code)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Count()))
            .ToList();
        return new CorpusStats(corpus.Root, levels, corpus.Files.Length, corpus.EntryCount, whats.Count,
            whats.Distinct(StringComparer.Ordinal).Count(), perCode);
    }
}
