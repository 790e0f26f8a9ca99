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
    public static readonly DiagnosticDescriptor OutsideRegion = D("ABI0509", "dax-mapping-outside-region", "A mapping's range lies outside its region");
    public static readonly DiagnosticDescriptor RangeOverlap = D("ABI0510", "dax-range-overlap", "Two mappings of a region own the same addresses");
    public static readonly DiagnosticDescriptor InvalidAlign = D("ABI0511", "dax-invalid-align", "A region's or device's align is one the kernel never allows");
    public static readonly DiagnosticDescriptor KmemBlocks = D("ABI0512", "dax-kmem-blocks-missing", "A kmem-bound device lacks the memory blocks of its ranges");
    public static readonly DiagnosticDescriptor OnlineWithoutKmem = D("ABI0513", "dax-online-without-kmem", "Online memory blocks lie in a device that kmem does not hold");
    public static readonly DiagnosticDescriptor CharDevice = D("ABI0514", "dax-char-device", "A device's /dev node, dev, uevent and /sys/dev/char link disagree or are missing");
    public static readonly DiagnosticDescriptor Seed = D("ABI0515", "dax-seed", "A region's seed or create names no device of it, or a bound seed");
    public static readonly DiagnosticDescriptor PageOffset = D("ABI0516", "dax-page-offset", "A mapping's page_offset is not the pages of the mappings before it");
    public static readonly DiagnosticDescriptor RegionId = D("ABI0517", "dax-region-id", "A region's id is not the X of its devices' daxX.Y names");
    public static readonly DiagnosticDescriptor Zone = D("ABI0518", "dax-zone", "An online memory block does not name exactly one zone");
    public static readonly DiagnosticDescriptor HiddenAttribute = D("ABI0519", "dax-hidden-attribute", "A file the kernel hides in this state is present");
    public static readonly DiagnosticDescriptor Anachronism = D("ABI0520", "dax-anachronism", "A file or layout the tree's kernel does not have");

    public static readonly IReadOnlyList<DiagnosticDescriptor> All =
    [
        MissingAttribute, ModeDiffers, BadValue, SizeNotSum, ResourceNotFirst, Misaligned, AvailableSize, TargetNodeOffline,
        OutsideRegion, RangeOverlap, InvalidAlign, KmemBlocks, OnlineWithoutKmem, CharDevice, Seed, PageOffset, RegionId, Zone,
        HiddenAttribute, Anachronism,
    ];
}
