using System.Collections.Immutable;
using AbiTool.Model;

namespace AbiTool.Diagnostics;

/// <summary>Another place a finding is about (the first definition of a duplicate, say).</summary>
public sealed record RelatedLocation(SourceSpan Span, string Message);

/// <summary>
/// The one finding type: every analysis produces these and every reporter consumes them.
/// </summary>
/// <param name="Code">Stable code (<c>ABI0012</c>), documented in docs/diagnostics.md.</param>
/// <param name="Message">One sentence a kernel developer understands, without line numbers of the primary span.</param>
/// <param name="Fingerprint">
/// Identity of the finding that survives edits elsewhere in the file (no line numbers): the file's path below the tree
/// root and what the finding is about. Baselines and SARIF's partialFingerprints use it.
/// </param>
public sealed record Diagnostic(string Code, Severity Severity, SourceSpan Span, string Message, string Fingerprint)
{
    public ImmutableArray<RelatedLocation> Related { get; init; } = [];

    /// <summary>Orders findings by file, line, column, then code: the order every reporter prints.</summary>
    public static readonly IComparer<Diagnostic> SourceOrder = Comparer<Diagnostic>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Span.File, b.Span.File);
        if (c != 0) return c;
        c = a.Span.Line.CompareTo(b.Span.Line);
        if (c != 0) return c;
        c = a.Span.Column.CompareTo(b.Span.Column);
        return c != 0 ? c : string.CompareOrdinal(a.Code, b.Code);
    });
}
