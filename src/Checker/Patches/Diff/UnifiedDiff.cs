using System.Collections.Immutable;

namespace AbiTool.Patches.Diff;

/// <summary>What a line of a hunk does.</summary>
public enum DiffLineKind
{
    Context,
    Added,
    Removed,
}

/// <summary>One line of a hunk.</summary>
/// <param name="Text">The line without its leading ' ', '+' or '-'.</param>
/// <param name="OldLine">Line in the old file (0 for added lines).</param>
/// <param name="NewLine">Line in the new file (0 for removed lines).</param>
/// <param name="PatchLine">Line of the patch text the line was read from (1-based, counted from the patch's first line).</param>
/// <param name="NoNewlineAtEnd">Followed by <c>\ No newline at end of file</c>.</param>
public sealed record DiffLine(DiffLineKind Kind, string Text, int OldLine, int NewLine, int PatchLine, bool NoNewlineAtEnd = false)
{
    public bool IsNewSide => Kind != DiffLineKind.Removed;
}

/// <summary>One <c>@@ -a,b +c,d @@</c> hunk and its lines.</summary>
public sealed record DiffHunk(int OldStart, int OldCount, int NewStart, int NewCount, string Section, int PatchLine, ImmutableArray<DiffLine> Lines);

/// <summary>The change to one file.</summary>
/// <param name="OldPath">Path before (without <c>a/</c>), null for a new file.</param>
/// <param name="NewPath">Path after (without <c>b/</c>), null for a deleted file.</param>
/// <param name="IsBinary">A binary change (<c>Binary files … differ</c> or <c>GIT binary patch</c>): no hunks to read.</param>
public sealed record FileDiff(string? OldPath, string? NewPath, bool IsBinary, int PatchLine, ImmutableArray<DiffHunk> Hunks)
{
    public bool IsNew => OldPath is null;
    public bool IsDeleted => NewPath is null;
    public bool IsRename => OldPath is not null && NewPath is not null && OldPath != NewPath;

    /// <summary>The path the change is about: the new one, or the old one for a deletion.</summary>
    public string Path => NewPath ?? OldPath ?? "";

    public IEnumerable<DiffLine> Lines => Hunks.SelectMany(h => h.Lines);
}

/// <summary>Something in the diff text that could not be read as written (a hunk shorter than its header says…).</summary>
public sealed record DiffProblem(int PatchLine, string Message);

/// <summary>A parsed unified diff: its files, and what could not be read.</summary>
public sealed record UnifiedDiff(ImmutableArray<FileDiff> Files, ImmutableArray<DiffProblem> Problems)
{
    public static readonly UnifiedDiff Empty = new([], []);
}
