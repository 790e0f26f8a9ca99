using AbiTool.Diagnostics;

namespace AbiTool.Patches;

/// <summary>The codes of <c>abi lint-patch</c> (ABI04xx). Documented in docs/diagnostics.md.</summary>
public static class PatchCodes
{
    private static DiagnosticDescriptor D(string code, string name, string title, Severity severity) =>
        new(code, name, title, severity, "patches");

    public static readonly DiagnosticDescriptor Undocumented = D("ABI0401", "undocumented-attribute", "New sysfs attribute with no Documentation/ABI entry", Severity.Warning);
    public static readonly DiagnosticDescriptor ModeDisagrees = D("ABI0402", "attribute-mode-disagrees", "New sysfs attribute whose mode disagrees with its entry's (RO)/(RW)/(WO)", Severity.Warning);
    public static readonly DiagnosticDescriptor MalformedDiff = D("ABI0403", "malformed-diff", "Diff text that cannot be read as written (truncated hunk, bad hunk header)", Severity.Warning);
    public static readonly DiagnosticDescriptor SkippedPart = D("ABI0404", "skipped-part", "Part of the input not read as a patch (binary diff, non-text or undecodable MIME part, message without a diff)", Severity.Info);

    public static readonly IReadOnlyList<DiagnosticDescriptor> All = [Undocumented, ModeDisagrees, MalformedDiff, SkippedPart];
}
