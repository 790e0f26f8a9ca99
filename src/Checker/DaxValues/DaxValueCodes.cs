using AbiTool.Diagnostics;

namespace AbiTool.DaxValues;

/// <summary>
/// The codes of the device-dax value checks (ABI05xx, <c>abi check --values</c>), documented in docs/diagnostics.md.
/// They live here so that the catalog lists them; the analysis is in src/Reference/Values, beside the declarations it reads.
/// </summary>
public static class DaxValueCodes
{
    private static DiagnosticDescriptor D(string code, string name, string title) => new(code, name, title, Severity.Warning, "reference");

    public static readonly DiagnosticDescriptor MissingAttribute = D("ABI0501", "dax-missing-attribute", "A dax device or region lacks an attribute the reference model always has");
    public static readonly DiagnosticDescriptor ModeDiffers = D("ABI0502", "dax-mode-differs", "Permission bits differ from the reference model's declaration");
    public static readonly DiagnosticDescriptor BadValue = D("ABI0503", "dax-bad-value", "A value does not read in its declared format");
    public static readonly DiagnosticDescriptor SizeNotSum = D("ABI0504", "dax-size-not-sum", "A device's size is not the sum of its mappings");
    public static readonly DiagnosticDescriptor ResourceNotFirst = D("ABI0505", "dax-resource-not-first-mapping", "A device's resource is not the start of its first mapping");
    public static readonly DiagnosticDescriptor Misaligned = D("ABI0506", "dax-misaligned", "A device's size or a mapping's start is not a multiple of its align");
    public static readonly DiagnosticDescriptor AvailableSize = D("ABI0507", "dax-available-size", "A region's available_size is not its size minus what its devices own");
    public static readonly DiagnosticDescriptor TargetNodeOffline = D("ABI0508", "dax-target-node-offline", "A kmem-bound device's target node is not online");

    public static readonly IReadOnlyList<DiagnosticDescriptor> All =
        [MissingAttribute, ModeDiffers, BadValue, SizeNotSum, ResourceNotFirst, Misaligned, AvailableSize, TargetNodeOffline];
}
