using System.Collections.Immutable;
using System.Text.Json;

namespace AbiTool.Diagnostics;

/// <summary>
/// Accepted findings, for CI on trees with a history of findings: a run compares against the baseline and only new
/// findings count. Findings are matched by code and fingerprint (no line numbers), as a multiset, so unrelated edits
/// that move lines do not make old findings look new.
/// </summary>
public sealed class Baseline
{
    private const int FormatVersion = 1;
    private readonly Dictionary<string, int> accepted;

    private Baseline(Dictionary<string, int> accepted) => this.accepted = accepted;

    public int Count => accepted.Values.Sum();

    public static Baseline From(IEnumerable<Diagnostic> diagnostics)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in diagnostics) counts[Key(d)] = counts.GetValueOrDefault(Key(d)) + 1;
        return new Baseline(counts);
    }

    /// <summary>Splits findings into those the baseline does not account for and the number it does.</summary>
    public (ImmutableArray<Diagnostic> New, int Suppressed) Filter(IEnumerable<Diagnostic> diagnostics)
    {
        var remaining = new Dictionary<string, int>(accepted, StringComparer.Ordinal);
        var fresh = ImmutableArray.CreateBuilder<Diagnostic>();
        var suppressed = 0;
        foreach (var d in diagnostics)
        {
            var key = Key(d);
            if (remaining.TryGetValue(key, out var left) && left > 0)
            {
                remaining[key] = left - 1;
                suppressed++;
            }
            else
            {
                fresh.Add(d);
            }
        }
        return (fresh.ToImmutable(), suppressed);
    }

    private static string Key(Diagnostic d) => d.Code + "|" + d.Fingerprint;

    public void Save(string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteString("tool", "abi");
        json.WriteStartArray("findings");
        foreach (var (key, count) in accepted.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var bar = key.IndexOf('|');
            json.WriteStartObject();
            json.WriteString("code", key[..bar]);
            json.WriteString("fingerprint", key[(bar + 1)..]);
            json.WriteNumber("count", count);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Reads a baseline file; a malformed one is an <see cref="FormatException"/> naming the file.</summary>
    public static Baseline Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (!root.TryGetProperty("version", out var version) || version.GetInt32() != FormatVersion)
                throw new FormatException($"{path}: not an abi baseline (version {FormatVersion} expected)");
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var finding in root.GetProperty("findings").EnumerateArray())
            {
                var key = finding.GetProperty("code").GetString() + "|" + finding.GetProperty("fingerprint").GetString();
                counts[key] = counts.GetValueOrDefault(key) + (finding.TryGetProperty("count", out var c) ? c.GetInt32() : 1);
            }
            return new Baseline(counts);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"{path}: not a valid abi baseline ({e.Message.Split('\n')[0]})", e);
        }
    }
}
