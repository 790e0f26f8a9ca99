using System.Collections.Concurrent;

namespace AbiTool.Text;

/// <summary>
/// Remembers the results of a pure function of a string. ABI files repeat the same tag heads and dates thousands of
/// times, so the Sprache grammars run once per distinct text. Bounded, so hostile input cannot grow it without limit.
/// </summary>
internal sealed class BoundedMemo<T>(Func<string, T> compute, int capacity = 8192)
{
    private readonly ConcurrentDictionary<string, T> results = new(StringComparer.Ordinal);

    public T Get(string key) => Get(key.AsSpan());

    /// <summary>Looks a span up without allocating; a string is made only for text not seen before.</summary>
    public T Get(ReadOnlySpan<char> key)
    {
        var lookup = results.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var known)) return known;
        var text = key.ToString();
        var value = compute(text);
        if (results.Count < capacity) results.TryAdd(text, value);
        return value;
    }
}
