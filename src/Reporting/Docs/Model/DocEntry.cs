using System.Collections.Immutable;
using AbiTool.Model;

namespace AbiTool.Reporting.Docs.Model;

/// <summary>One documented entry of the page model: the parsed entry, its file, and one anchor per What.</summary>
public sealed class DocEntry
{
    internal DocEntry(AbiEntry entry, ImmutableArray<string> labels)
    {
        Entry = entry;
        Labels = labels;
    }

    public AbiEntry Entry { get; }

    /// <summary>One anchor per What, in order; the first names the entry.</summary>
    public ImmutableArray<string> Labels { get; }

    public string Label => Labels[0];

    public DocFile File { get; internal set; } = null!;

    public AbiLevel Level => File.Level;

    public ImmutableArray<AbiWhat> Whats => Entry.Whats;

    /// <summary>The Description's lines as the author laid them out.</summary>
    public DescriptionText Description => description ??= DescriptionLines.Of(Entry);

    /// <summary>The Description as blocks, parsed once for every renderer.</summary>
    public ImmutableArray<Text.Block> Blocks => blocks ??= Description.Lines.Length > 0 ? Text.DescriptionParser.Parse(Description.Text) : [];

    private DescriptionText? description;
    private ImmutableArray<Text.Block>? blocks;
}

/// <summary>The fields shown with an entry, in the order the ABI README lists its tags.</summary>
public static class EntryFields
{
    public static List<(string Name, string Value)> Of(DocEntry entry)
    {
        var fields = new List<(string, string)>();
        Add(fields, "Date", entry.Entry.Date);
        Add(fields, "KernelVersion", entry.Entry.KernelVersion);
        Add(fields, "Contact", entry.Entry.Contact);
        Add(fields, "Users", entry.Entry.Users);
        return fields;
    }

    private static void Add(List<(string, string)> fields, string name, AbiTag? tag)
    {
        if (tag is { Value.Length: > 0 }) fields.Add((name, tag.Value));
    }
}
