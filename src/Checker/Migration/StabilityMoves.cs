using System.Collections.Immutable;
using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Migration;

/// <summary>How a move between two levels stands with the rules of Documentation/ABI/README.</summary>
public enum MoveVerdict
{
    /// <summary>The README allows it.</summary>
    Allowed,

    /// <summary>The README has no path for it; it may be right, but it needs a reason.</summary>
    Unusual,

    /// <summary>The README rules it out.</summary>
    Forbidden,
}

/// <summary>
/// One move of an interface between two levels. <see cref="From"/> or <see cref="To"/> is null when the interface is
/// not in that tree at all (added, or gone without a trace).
/// </summary>
/// <param name="Rule">The README's rule for this move, in our own words.</param>
/// <param name="Code">The diagnostic a move of this kind raises; null for allowed moves.</param>
public sealed record LevelMove(AbiLevel? From, AbiLevel? To, MoveVerdict Verdict, string Rule, DiagnosticDescriptor? Code)
{
    public override string ToString() => $"{Name(From)} → {Name(To)}";

    public static string Name(AbiLevel? level) => level is { } l ? l.FolderName() : "(absent)";
}

/// <summary>
/// The four levels and every move between them, in one table: the one place the migration rules live. A pair that is
/// not in the table is not a move (same level), or involves a file outside the level folders, which validation reports.
/// </summary>
public static class StabilityMoves
{
    private const AbiLevel Stable = AbiLevel.Stable;
    private const AbiLevel Testing = AbiLevel.Testing;
    private const AbiLevel Obsolete = AbiLevel.Obsolete;
    private const AbiLevel Removed = AbiLevel.Removed;

    public static ImmutableArray<LevelMove> Table { get; } =
    [
        // Arrivals.
        new(null, Stable, MoveVerdict.Allowed, "A new interface may be documented as stable when its developer commits to keeping it.", null),
        new(null, Testing, MoveVerdict.Allowed, "New interfaces usually start in testing: finished in the main, still open to additions.", null),
        new(null, Obsolete, MoveVerdict.Allowed, "An interface documented for the first time as on its way out; its entry should say when it goes.", null),
        new(null, Removed, MoveVerdict.Allowed, "A record of an interface that is already gone from the kernel.", null),

        // The ways forward.
        new(Testing, Stable, MoveVerdict.Allowed, "Testing becomes stable once its developers consider it finished.", null),
        new(Testing, Obsolete, MoveVerdict.Allowed, "A testing interface that is to go must first be marked obsolete; this is that step.", null),
        new(Stable, Obsolete, MoveVerdict.Allowed, "A stable interface may be marked obsolete, provided its users are told in good time.", null),
        new(Obsolete, Removed, MoveVerdict.Allowed, "An obsolete interface may be taken out once the time its entry announced has passed.", null),
        new(Obsolete, null, MoveVerdict.Allowed, "An obsolete interface may leave the kernel, and its docs with it, once its announced time is up.", null),
        new(Removed, null, MoveVerdict.Allowed, "Pruning the record of interfaces that are long gone.", null),

        // Skipping obsolete: the central rule.
        new(Testing, null, MoveVerdict.Forbidden, "A testing interface may not leave the tree without passing through obsolete first.", MigrationCodes.RemovedWithoutObsolete),
        new(Testing, Removed, MoveVerdict.Forbidden, "A testing interface may not be removed without passing through obsolete first.", MigrationCodes.RemovedWithoutObsolete),
        new(Stable, null, MoveVerdict.Forbidden, "A stable interface is kept for years; it may only go after a period in obsolete.", MigrationCodes.RemovedWithoutObsolete),
        new(Stable, Removed, MoveVerdict.Forbidden, "A stable interface may only be removed after a period in obsolete, with notice.", MigrationCodes.RemovedWithoutObsolete),

        // No way back.
        new(Stable, Testing, MoveVerdict.Forbidden, "Nothing moves from stable back to testing: users were promised it would not change.", MigrationCodes.StableToTesting),
        new(Obsolete, Testing, MoveVerdict.Unusual, "The README has no way back from obsolete; reviving an interface needs saying why.", MigrationCodes.Reinstated),
        new(Obsolete, Stable, MoveVerdict.Unusual, "The README has no way back from obsolete; reviving an interface needs saying why.", MigrationCodes.Reinstated),
        new(Removed, Stable, MoveVerdict.Unusual, "An interface recorded as removed is documented again.", MigrationCodes.Reinstated),
        new(Removed, Testing, MoveVerdict.Unusual, "An interface recorded as removed is documented again.", MigrationCodes.Reinstated),
        new(Removed, Obsolete, MoveVerdict.Unusual, "An interface recorded as removed is documented again.", MigrationCodes.Reinstated),
    ];

    private static readonly Dictionary<(AbiLevel?, AbiLevel?), LevelMove> ByPair = Table.ToDictionary(m => (m.From, m.To));

    /// <summary>The move from one level to another, or null when there is no move to judge.</summary>
    public static LevelMove? Find(AbiLevel? from, AbiLevel? to)
    {
        if (from == AbiLevel.None || to == AbiLevel.None) return null;
        return ByPair.GetValueOrDefault((from, to));
    }
}
