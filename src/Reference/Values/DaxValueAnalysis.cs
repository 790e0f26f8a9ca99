using AbiTool.Diagnostics;
using AbiTool.Sysfs;

namespace AbiTool.Reference.Values;

/// <summary>
/// <c>abi check --values</c>: reads the values of a dax tree (a fixture or live /sys) and checks them against the
/// reference model — every declared file's mode, format and presence, and the invariants the kernel keeps between
/// them (see docs/diagnostics.md, ABI05xx). Objects are found by the tree's structure, so the findings do not depend
/// on which ABI docs the tree is checked against.
/// </summary>
public static class DaxValueAnalysis
{
    /// <param name="tree">The tree.</param>
    /// <param name="read">The content of the file at a logical path (/sys/…), or null when it cannot be read.</param>
    /// <param name="options">The kernel and the /dev nodes, where known.</param>
    public static List<Diagnostic> Run(SysfsTree tree, Func<string, string?> read, DaxCheckOptions? options = null)
    {
        var dax = new DaxTree(tree, read, options ?? new DaxCheckOptions());
        DeclaredFileChecks.Run(dax);
        foreach (var device in dax.Devices) DeviceChecks.Run(dax, device);
        foreach (var region in dax.Regions.Values) RegionChecks.Run(dax, region);
        MemoryChecks.Run(dax);
        KernelChecks.Run(dax);
        dax.Findings.Sort(Diagnostic.SourceOrder);
        return dax.Findings;
    }
}
