using System.Collections.Immutable;
using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Migration;

/// <summary>
/// The diff of two ABI trees: every interface that changed, in the new tree's file order (removals in the old tree's
/// order after them), and the rules the changes break.
/// </summary>
/// <param name="Unchanged">Interfaces with the same What, level, file and fields in both trees.</param>
/// <param name="Diagnostics">Broken rules only (ABI0301–ABI0305), in source order; <see cref="ChangeReport"/> turns changes into info findings.</param>
public sealed record DiffResult(
    AbiCorpus OldTree,
    AbiCorpus NewTree,
    ImmutableArray<InterfaceChange> Changes,
    int Unchanged,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public IEnumerable<InterfaceChange> OfKind(ChangeKind kind) => Changes.Where(c => c.Kind == kind);

    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);

    /// <summary>The change of the interface with this What in the new tree (or the old one, for removals), if any.</summary>
    public InterfaceChange? Find(string what) =>
        Changes.FirstOrDefault(c => c.New?.What.Text == what) ?? Changes.FirstOrDefault(c => c.Old?.What.Text == what);
}
