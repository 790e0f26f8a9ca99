using System.Collections.Concurrent;

namespace AbiTool.Text;

/// <summary>
/// Remembers the results of a pure function of a string. ABI files repeat the same tag heads and dates thousands of
/// times, so the Sprache grammars run once per distinct text. Bounded, so hostile input cannot grow it without limit.
/// </summary>
internal sealed class BoundedMemo<T>(Func<string, T> compute, int capacity = 8192)
{
    private readonly ConcurrentDictionary<string, T> results = new(StringComparer.Ordinal);

    // Counted here: ConcurrentDictionary.Count takes every lock of the table, and a miss would pay that each time.
    private int count;

    public T Get(string key) => results.TryGetValue(key, out var known) ? known : Compute(key);

    /// <summary>Looks a span up without allocating; a string is made only for text not seen before.</summary>
    public T Get(ReadOnlySpan<char> key)
    {
        var lookup = results.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(key, out var known) ? known : Compute(key.ToString());
    }

    private T Compute(string text)
    {
        var value = compute(text);
        if (Volatile.Read(ref count) < capacity && results.TryAdd(text, value)) Interlocked.Increment(ref count);
        return value;
    }
}
