namespace AbiTool.Migration;

/// <summary>How <see cref="AbiDiff.Compare"/> works.</summary>
/// <param name="DetectRenames">Match leftover removals and additions as renames (off: every changed What is a removal plus an addition).</param>
/// <param name="Today">When set, obsolete entries of the new tree whose announced removal date is before it are reported.</param>
/// <param name="RenameThreshold">Lowest confidence at which a rename is taken.</param>
public sealed record DiffOptions(bool DetectRenames = true, DateOnly? Today = null, double RenameThreshold = RenameScorer.DefaultThreshold)
{
    public static DiffOptions Default { get; } = new();
}
