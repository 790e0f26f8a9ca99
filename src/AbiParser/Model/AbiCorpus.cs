using System.Collections.Immutable;

namespace AbiTool.Model;

/// <summary>A whole ABI tree: its files in a stable (ordinal path) order.</summary>
/// <param name="Root">Where the tree was read from, for messages (a directory, or a name such as <c>(embedded abi/)</c>).</param>
public sealed record AbiCorpus(string Root, ImmutableArray<AbiFile> Files)
{
    public IEnumerable<AbiEntry> Entries => Files.SelectMany(f => f.Entries);

    public int EntryCount => Files.Sum(f => f.Entries.Length);
}
