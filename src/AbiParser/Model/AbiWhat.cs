namespace AbiTool.Model;

/// <summary>How a What string was introduced.</summary>
public enum WhatForm
{
    /// <summary>On its own <c>What:</c> line (possibly misspelled or colon-less; see the tag's <see cref="TagForm"/>).</summary>
    Tagged,

    /// <summary>An indented path under a What line, without a <c>What:</c> of its own: read as one more What of the entry.</summary>
    Untagged,
}

/// <summary>One What string of an entry: the interface (usually a path) the entry documents.</summary>
/// <param name="Text">As written, trimmed; text that continued it on indented non-path lines is appended after a space.</param>
public sealed record AbiWhat(string Text, WhatForm Form, SourceSpan Span);
