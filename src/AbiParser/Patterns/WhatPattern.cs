using System.Collections.Immutable;

namespace AbiTool.Patterns;

/// <summary>What kind of thing a What string names.</summary>
public enum WhatKind
{
    /// <summary>A path pattern (<c>/sys/bus/dax/devices/daxX.Y/size</c>).</summary>
    Path,

    /// <summary>A path relative to where a symbolic link points: <c>$(readlink -f LINK)/../REST</c> or <c>LINK/../REST</c>.</summary>
    ThroughLink,

    /// <summary>Not a path at all (<c>The kernel syscall interface</c>): documents something no tree can show.</summary>
    NotAPath,

    /// <summary>Looks like a path but uses a placeholder the language cannot read (see <see cref="WhatPattern.Problem"/>).</summary>
    Unreadable,
}

/// <summary>One piece of a path component.</summary>
public abstract record Segment;

/// <summary>Text that must appear as written.</summary>
public sealed record LiteralSegment(string Text) : Segment;

/// <summary>One or more decimal digits: a single capital X, Y, Z or N, <c>[0..N]</c>, <c>[0-9]+</c>.</summary>
public sealed record DigitsSegment : Segment;

/// <summary>A decimal number from <see cref="Low"/> to <see cref="High"/>: <c>[0-7]</c>, <c>[1-5]</c>, <c>[0:31]</c>.</summary>
public sealed record NumberRangeSegment(int Low, int High) : Segment;

/// <summary>
/// One character of a set (<c>[01]</c>); with a repeat mark, a run of them: <c>'*'</c> none or more, <c>'+'</c> one or
/// more (<c>hwmon[0-9]*</c>).
/// </summary>
public sealed record CharClassSegment(string Characters, char? Repeat) : Segment;

/// <summary>Pieces that may be left out: <c>daxX[.Y]</c>.</summary>
public sealed record OptionalSegment(ImmutableArray<Segment> Inner) : Segment;

/// <summary>One of several texts: <c>{a,b}</c>, <c>&lt;a|b&gt;</c>, <c>[ce|ue]</c>; with <see cref="Optional"/>, also none.</summary>
public sealed record ChoiceSegment(ImmutableArray<string> Options, bool Optional = false) : Segment;

/// <summary>Any text within one component: <c>&lt;name&gt;</c> (at least one character), <c>*</c> (possibly none).</summary>
public sealed record AnyTextSegment(bool AllowEmpty) : Segment;

/// <summary>A run of letters and digits: <c>XXXXXXX</c> in <c>XXXXXXX.ipa</c>.</summary>
public sealed record AlphanumericSegment : Segment;

/// <summary>One component of a path pattern.</summary>
public abstract record PatternComponent;

/// <summary>A component made of segments, matched against exactly one path component.</summary>
public sealed record SegmentsComponent(ImmutableArray<Segment> Segments) : PatternComponent
{
    /// <summary>The component's text when it is all literal, else null.</summary>
    public string? LiteralText => Segments is [LiteralSegment literal] ? literal.Text : null;
}

/// <summary><c>...</c> or <c>…</c> standing alone: one or more components.</summary>
public sealed record AnyComponentsComponent : PatternComponent;

/// <summary>
/// A parsed What string.
/// </summary>
/// <param name="Text">The What as written.</param>
/// <param name="Components">The path components; for <see cref="WhatKind.ThroughLink"/>, those of the link.</param>
/// <param name="AfterLink">For <see cref="WhatKind.ThroughLink"/>: the components below the link target's parent.</param>
/// <param name="IsDirectory">The What ends with '/': it names a directory.</param>
/// <param name="Remark">Text after the path (<c>= "adxl372-devX-peak"</c>, <c>for MMIO</c>), which is not matched.</param>
/// <param name="Problem">Why the What cannot be read as a path pattern, for <see cref="WhatKind.NotAPath"/> and <see cref="WhatKind.Unreadable"/>.</param>
public sealed record WhatPattern(
    string Text,
    WhatKind Kind,
    ImmutableArray<PatternComponent> Components,
    ImmutableArray<PatternComponent> AfterLink,
    bool IsDirectory,
    string? Remark,
    string? Problem)
{
    public bool CanMatch => Kind is WhatKind.Path or WhatKind.ThroughLink;

    /// <summary>Whether a lone "..." (one or more whole components) is among <see cref="Components"/>.</summary>
    public bool SpansComponents => Components.Any(c => c is AnyComponentsComponent);
}
