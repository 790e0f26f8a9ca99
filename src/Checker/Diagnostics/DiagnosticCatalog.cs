using AbiTool.Validation;

namespace AbiTool.Diagnostics;

/// <summary>Every code of every analysis, in one list: reporters describe rules from it, docs are checked against it.</summary>
public static class DiagnosticCatalog
{
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [.. ValidationCodes.All, .. Sysfs.SysfsCodes.All, .. DaxValues.DaxValueCodes.All, .. CSharp.CSharpCodes.All];

    private static readonly Dictionary<string, DiagnosticDescriptor> ByCode = All.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    public static DiagnosticDescriptor? Find(string code) => ByCode.GetValueOrDefault(code);
}
