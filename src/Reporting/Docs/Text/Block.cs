using System.Collections.Immutable;

namespace AbiTool.Reporting.Docs.Text;

/// <summary>A block of Description text, as its loose ReST/Markdown habits mean it; one record per construct.</summary>
public abstract record Block;

/// <summary>Running text; <see cref="Lines"/> keep the author's line breaks (renderers may reflow).</summary>
public sealed record Paragraph(ImmutableArray<string> Lines) : Block;

/// <summary>A line underlined with <c>---</c>, <c>===</c>…: shown as a small heading.</summary>
public sealed record Heading(string Text) : Block;

/// <summary>Pre-formatted text (after <c>::</c>, in a code-block, or a grid table): shown exactly as written.</summary>
public sealed record Literal(string Text) : Block;

/// <summary>A bullet or numbered list; each item is blocks of its own.</summary>
public sealed record BulletList(bool Ordered, ImmutableArray<ImmutableArray<Block>> Items) : Block;

/// <summary>An indented run of blocks (a definition's body, an indented note).</summary>
public sealed record Indented(ImmutableArray<Block> Blocks) : Block;

/// <summary>A simple table drawn with <c>=</c> rules; <see cref="HasHeader"/> when a rule sets the first row apart.</summary>
public sealed record Table(bool HasHeader, ImmutableArray<ImmutableArray<string>> Rows) : Block;
