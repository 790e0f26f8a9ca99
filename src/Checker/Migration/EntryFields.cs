using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using AbiTool.Model;

namespace AbiTool.Migration;

/// <summary>
/// Which fields differ between an old and a new entry. An entry with many Whats is compared once, not once per What,
/// and white space is not a change (re-wrapping a Description changes no interface).
/// </summary>
internal sealed class EntryFields
{
    private readonly Dictionary<(AbiEntry, AbiEntry), ImmutableArray<EntryField>> memo = new(PairComparer.Instance);

    public ImmutableArray<EntryField> Between(AbiEntry old, AbiEntry @new)
    {
        if (memo.TryGetValue((old, @new), out var known)) return known;
        var fields = ImmutableArray.CreateBuilder<EntryField>();
        if (!SameTag(old.Date, @new.Date)) fields.Add(EntryField.Date);
        if (!SameTag(old.KernelVersion, @new.KernelVersion)) fields.Add(EntryField.KernelVersion);
        if (!SameTag(old.Contact, @new.Contact)) fields.Add(EntryField.Contact);
        if (!SameText(old.Description?.Text, @new.Description?.Text)) fields.Add(EntryField.Description);
        if (!SameTag(old.Users, @new.Users)) fields.Add(EntryField.Users);
        if (FileName(old.RelativePath) != FileName(@new.RelativePath)) fields.Add(EntryField.File);
        var result = fields.ToImmutable();
        memo[(old, @new)] = result;
        return result;
    }

    /// <summary>The path below the level folder: a move between levels is not a change of file.</summary>
    public static string FileName(string relativePath) => relativePath[(relativePath.IndexOf('/') + 1)..];

    private static bool SameTag(AbiTag? a, AbiTag? b) => SameText(a?.Value, b?.Value);

    private static bool SameText(string? a, string? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        // Word by word, with any run of white space equal to any other, without splitting (Descriptions are long).
        var x = a.AsSpan().Trim();
        var y = b.AsSpan().Trim();
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            var spaceX = char.IsWhiteSpace(x[i]);
            var spaceY = char.IsWhiteSpace(y[j]);
            if (spaceX != spaceY) return false;
            if (spaceX)
            {
                while (i < x.Length && char.IsWhiteSpace(x[i])) i++;
                while (j < y.Length && char.IsWhiteSpace(y[j])) j++;
                continue;
            }
            if (x[i] != y[j]) return false;
            i++;
            j++;
        }
        return i == x.Length && j == y.Length;
    }

    /// <summary>Entries are records; identity, not deep equality, is what a memo of pairs needs.</summary>
    private sealed class PairComparer : IEqualityComparer<(AbiEntry, AbiEntry)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((AbiEntry, AbiEntry) x, (AbiEntry, AbiEntry) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((AbiEntry, AbiEntry) pair) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Item1), RuntimeHelpers.GetHashCode(pair.Item2));
    }
}
