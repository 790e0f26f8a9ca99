using AbiTool.DaxValues;
using AbiTool.Reference.Declarations;
using AbiTool.Reference.Model;
using AbiTool.Reference.View;
using AbiTool.Sysfs;

namespace AbiTool.Reference.Values;

/// <summary>
/// Layouts by kernel: the compat /sys/class/dax ended with v5.16, CXL dax regions began with v6.3. With a known kernel
/// each is checked against it (declared files are checked one by one in <see cref="DeclaredFileChecks"/>); without
/// one, a tree that mixes what no single kernel had is reported.
/// </summary>
internal static class KernelChecks
{
    public static void Run(DaxTree dax)
    {
        var tree = dax.Tree;
        var classRoot = tree.Find(SysfsPaths.Class);
        var cxl = dax.Regions.Values.FirstOrDefault(r => IsCxl(tree, r));
        var newest = Declared.All.Where(d => d.Since is not null && dax.Devices.Any(x => x.OnBus && dax.At(x.Node, d.RelativePath) >= 0 && d.Owner == AttributeOwner.Device))
            .MaxBy(d => d.Since);
        if (dax.Options.Kernel is { } kernel)
        {
            if (classRoot >= 0 && kernel > ClassDaxAttributes.LastKernel)
                dax.Report(DaxValueCodes.Anachronism, SysfsPaths.Class, $"{SysfsPaths.Class} is the compat layout of v5.1 to v{ClassDaxAttributes.LastKernel}; v{kernel} has no such class");
            if (cxl is not null && kernel < DaxSystem.CxlRegionsSince)
                dax.Report(DaxValueCodes.Anachronism, tree.PathOf(cxl.Node), $"{tree.PathOf(cxl.Node)} is a CXL dax region; they came with v{DaxSystem.CxlRegionsSince}, after v{kernel}");
            return;
        }
        if (classRoot < 0) return;
        if (newest is not null)
            dax.Report(DaxValueCodes.Anachronism, SysfsPaths.Class, $"{SysfsPaths.Class} (until v{ClassDaxAttributes.LastKernel}) beside '{newest.RelativePath}' ({Span(newest)}): no kernel has both");
        if (cxl is not null)
            dax.Report(DaxValueCodes.Anachronism, tree.PathOf(cxl.Node), $"{SysfsPaths.Class} (until v{ClassDaxAttributes.LastKernel}) beside a CXL dax region (since v{DaxSystem.CxlRegionsSince}): no kernel has both");
    }

    /// <summary>A CXL dax region hangs off a dax_regionN device (drivers/dax/cxl.c); hmem and pmem ones off other devices.</summary>
    private static bool IsCxl(SysfsTree tree, RegionFolder region) =>
        DaxTree.NumberAfter(tree[tree[region.Node].Parent].Name, "dax_region") is not null;

    /// <summary>The kernels a declaration exists in, in words.</summary>
    public static string Span(AttributeDeclaration declaration) => (declaration.Since, declaration.Until) switch
    {
        ({ } since, { } until) => $"v{since} to v{until}",
        ({ } since, null) => $"since v{since}",
        (null, { } until) => $"until v{until}",
        _ => "every kernel",
    };
}
