using System.Collections.Immutable;

namespace AbiTool.Model;

/// <summary>
/// One entry: a run of What lines and the tags that follow them, up to the next What run.
/// </summary>
/// <param name="Whats">Every What string of the entry, in order; empty for tags that appear with no What before them.</param>
/// <param name="Tags">Every tag line of the entry, in source order, including repeats (the typed properties keep the first).</param>
/// <param name="Span">From the first line of the entry to its last non-blank line.</param>
public sealed record AbiEntry(
    ImmutableArray<AbiWhat> Whats,
    ImmutableArray<AbiTag> Tags,
    AbiDescription? Description,
    AbiLevel Level,
    string RelativePath,
    SourceSpan Span)
{
    public AbiTag? Date => First(AbiTagKind.Date);
    public AbiTag? KernelVersion => First(AbiTagKind.KernelVersion);
    public AbiTag? Contact => First(AbiTagKind.Contact);
    public AbiTag? Users => First(AbiTagKind.Users);

    /// <summary>The What strings alone, for search and display.</summary>
    public IEnumerable<string> WhatTexts => Whats.Select(w => w.Text);

    public AbiTag? First(AbiTagKind kind)
    {
        foreach (var tag in Tags.AsSpan())
        {
            if (tag.Kind == kind) return tag;
        }
        return null;
    }

    public bool Has(AbiTagKind kind) => kind == AbiTagKind.What ? !Whats.IsEmpty : First(kind) is not null;
}
