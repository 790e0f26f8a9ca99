using AbiTool.Diagnostics;

namespace AbiTool.CSharp;

/// <summary>
/// The codes of the C# analyses (ABI06xx): the Roslyn analyzer and <c>abi scan-cs</c> (ABI0601–ABI0604), the
/// generated accessors (ABI0605 is the compiler's experimental-API diagnostic for testing-level attributes), and
/// <c>abi surface</c> (ABI0610–ABI0612). The analyzer declares the same codes as Roslyn descriptors (it cannot
/// reference this assembly); a test holds the two lists to each other. Documented in docs/diagnostics.md.
/// </summary>
public static class CSharpCodes
{
    private static DiagnosticDescriptor D(string code, string name, string title, Severity severity) =>
        new(code, name, title, severity, "csharp");

    public static readonly DiagnosticDescriptor ObsoleteInterface = D("ABI0601", "obsolete-interface", "C# code uses an obsolete ABI interface", Severity.Warning);
    public static readonly DiagnosticDescriptor RemovedInterface = D("ABI0602", "removed-interface", "C# code uses an ABI interface the kernel removed", Severity.Error);
    public static readonly DiagnosticDescriptor UndocumentedPath = D("ABI0603", "undocumented-path", "C# code uses a sysfs, procfs or configfs path no What documents", Severity.Info);
    public static readonly DiagnosticDescriptor TestingInterface = D("ABI0604", "testing-interface", "C# code uses a testing-level ABI interface", Severity.Info);
    public static readonly DiagnosticDescriptor TestingAccessor = D("ABI0605", "testing-accessor", "Generated accessor of a testing-level attribute used without opting in", Severity.Error);

    public static readonly DiagnosticDescriptor UndeclaredAttribute = D("ABI0610", "undeclared-attribute", "Documented attribute the reference implementation does not declare", Severity.Warning);
    public static readonly DiagnosticDescriptor UndocumentedDeclaration = D("ABI0611", "undocumented-declaration", "Declared attribute no What documents", Severity.Warning);
    public static readonly DiagnosticDescriptor DeclaredModeMismatch = D("ABI0612", "declared-mode-mismatch", "Declared mode disagrees with the access its Description gives", Severity.Warning);

    public static readonly IReadOnlyList<DiagnosticDescriptor> All =
    [
        ObsoleteInterface, RemovedInterface, UndocumentedPath, TestingInterface, TestingAccessor,
        UndeclaredAttribute, UndocumentedDeclaration, DeclaredModeMismatch,
    ];
}
