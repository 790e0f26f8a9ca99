using AbiTool.Diagnostics;

namespace AbiTool.Sysfs;

/// <summary>The codes of the sysfs checks (ABI02xx) and of What patterns (ABI01xx). Documented in docs/diagnostics.md.</summary>
public static class SysfsCodes
{
    private static DiagnosticDescriptor D(string code, string name, string title, Severity severity, string category = "sysfs") =>
        new(code, name, title, severity, category);

    public static readonly DiagnosticDescriptor WhatNotAPath = D("ABI0101", "what-not-a-path", "What names no path, so no tree can be checked against it", Severity.Info, "patterns");
    public static readonly DiagnosticDescriptor WhatUnreadable = D("ABI0102", "what-unreadable", "What uses a placeholder the pattern language cannot read", Severity.Warning, "patterns");

    public static readonly DiagnosticDescriptor Undocumented = D("ABI0201", "undocumented", "Sysfs node that no What documents", Severity.Warning);
    public static readonly DiagnosticDescriptor Unreadable = D("ABI0202", "unreadable-node", "Sysfs node that could not be listed", Severity.Warning);
    public static readonly DiagnosticDescriptor EscapingLink = D("ABI0203", "escaping-link", "Symbolic link that points out of the tree", Severity.Warning);
    public static readonly DiagnosticDescriptor TooDeep = D("ABI0204", "too-deep", "Directory nesting beyond the walk's limit", Severity.Warning);
    public static readonly DiagnosticDescriptor NotRegular = D("ABI0205", "not-regular-file", "FIFO, socket or device node where sysfs has only files", Severity.Warning);
    public static readonly DiagnosticDescriptor BadName = D("ABI0206", "bad-name", "Name that is not valid UTF-8", Severity.Warning);
    public static readonly DiagnosticDescriptor DanglingLink = D("ABI0207", "dangling-link", "Symbolic link whose target is not in the tree", Severity.Info);
    public static readonly DiagnosticDescriptor MissingInstance = D("ABI0208", "missing-instance", "Documented What with no instance in the tree", Severity.Info);
    public static readonly DiagnosticDescriptor ModeMismatch = D("ABI0209", "mode-mismatch", "Access mode in the Description disagrees with the file's permissions", Severity.Warning);

    public static readonly IReadOnlyList<DiagnosticDescriptor> All =
    [
        WhatNotAPath, WhatUnreadable, Undocumented, Unreadable, EscapingLink, TooDeep, NotRegular, BadName, DanglingLink,
        MissingInstance, ModeMismatch,
    ];
}
