using Microsoft.CodeAnalysis;

namespace AbiTool.Analyzers;

/// <summary>
/// The analyzer's codes (ABI06xx). The core catalogue (<c>CSharpCodes</c>) holds the same codes for <c>abi scan-cs</c>
/// and the docs; a test keeps the two in step.
/// </summary>
public static class AbiDescriptors
{
    public const string Category = "AbiLevels";

    /// <summary>Where each code is explained, relative to the repository root.</summary>
    public static string HelpLink(string id) => "docs/diagnostics.md#" + id.ToLowerInvariant();

    private static DiagnosticDescriptor D(string id, string title, string message, DiagnosticSeverity severity, string description) =>
        new DiagnosticDescriptor(id, title, message, Category, severity, isEnabledByDefault: true, description, HelpLink(id));

    public static readonly DiagnosticDescriptor ObsoleteInterface = D("ABI0601", "C# code uses an obsolete ABI interface",
        "'{0}' is an obsolete ABI interface ({1}, {2}): {3}", DiagnosticSeverity.Warning,
        "The path matches a What of Documentation/ABI/obsolete: the kernel still has it but will remove it.");

    public static readonly DiagnosticDescriptor RemovedInterface = D("ABI0602", "C# code uses an ABI interface the kernel removed",
        "'{0}' was removed from the kernel ABI ({1}, {2}): {3}", DiagnosticSeverity.Error,
        "The path matches a What of Documentation/ABI/removed: current kernels do not have it.");

    public static readonly DiagnosticDescriptor UndocumentedPath = D("ABI0603", "C# code uses a sysfs, procfs or configfs path no What documents",
        "'{0}' is not documented in the kernel ABI", DiagnosticSeverity.Info,
        "No What documents the path, so nothing promises it stays.");

    public static readonly DiagnosticDescriptor TestingInterface = D("ABI0604", "C# code uses a testing-level ABI interface",
        "'{0}' is a testing-level ABI interface ({1}, {2}); add this program to the entry's Users: so its maintainers know it is used",
        DiagnosticSeverity.Info,
        "Testing interfaces may still change; the ABI README asks their users to list themselves in the entry's Users: tag.");

    /// <summary>The experimental-API diagnostic id the generated accessors of testing attributes carry.</summary>
    public const string TestingAccessorId = "ABI0605";
}
