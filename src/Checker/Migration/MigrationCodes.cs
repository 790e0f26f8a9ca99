using AbiTool.Diagnostics;

namespace AbiTool.Migration;

/// <summary>
/// The codes of <c>abi diff</c> (ABI03xx). ABI0301–ABI0309 are broken rules; ABI0320–ABI0324 describe changes and are
/// info, so that every reporter can list them beside the rules they touch. Documented in docs/diagnostics.md.
/// </summary>
public static class MigrationCodes
{
    private static DiagnosticDescriptor D(string code, string name, string title, Severity severity) =>
        new(code, name, title, severity, "migration");

    public static readonly DiagnosticDescriptor RemovedWithoutObsolete =
        D("ABI0301", "removed-without-obsolete", "Testing or stable interface removed without passing through obsolete", Severity.Error);
    public static readonly DiagnosticDescriptor StableToTesting =
        D("ABI0302", "stable-to-testing", "Stable interface moved back to testing", Severity.Error);
    public static readonly DiagnosticDescriptor Reinstated =
        D("ABI0303", "reinstated", "Obsolete or removed interface documented as live again", Severity.Warning);
    public static readonly DiagnosticDescriptor ObsoleteWithoutRemovalDate =
        D("ABI0304", "obsolete-without-removal-date", "Interface newly obsolete without saying when it goes away", Severity.Warning);
    public static readonly DiagnosticDescriptor ObsoletePastRemovalDate =
        D("ABI0305", "obsolete-past-removal-date", "Obsolete interface past the removal date its entry announced", Severity.Warning);

    public static readonly DiagnosticDescriptor Added = D("ABI0320", "interface-added", "Interface added", Severity.Info);
    public static readonly DiagnosticDescriptor Removed = D("ABI0321", "interface-removed", "Interface removed", Severity.Info);
    public static readonly DiagnosticDescriptor Moved = D("ABI0322", "interface-moved", "Interface moved to another level", Severity.Info);
    public static readonly DiagnosticDescriptor Renamed = D("ABI0323", "interface-renamed", "Interface renamed", Severity.Info);
    public static readonly DiagnosticDescriptor Changed = D("ABI0324", "interface-changed", "Interface's entry changed", Severity.Info);

    public static readonly IReadOnlyList<DiagnosticDescriptor> Rules =
        [RemovedWithoutObsolete, StableToTesting, Reinstated, ObsoleteWithoutRemovalDate, ObsoletePastRemovalDate];

    public static readonly IReadOnlyList<DiagnosticDescriptor> Changes = [Added, Removed, Moved, Renamed, Changed];

    public static readonly IReadOnlyList<DiagnosticDescriptor> All = [.. Rules, .. Changes];
}
