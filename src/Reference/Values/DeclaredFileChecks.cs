using AbiTool.DaxValues;
using AbiTool.Reference.Declarations;
using AbiTool.Reference.View;
using AbiTool.Sysfs;

namespace AbiTool.Reference.Values;

/// <summary>
/// Every declared node of every object found in the tree: present where the kernel always makes it (ABI0501), with
/// the declared mode (ABI0502) and a value in the declared format and words (ABI0503).
/// </summary>
internal static class DeclaredFileChecks
{
    public static void Run(DaxTree dax)
    {
        var tree = dax.Tree;
        var bus = tree.Find(SysfsPaths.Bus);
        if (bus >= 0 && tree.Find(SysfsPaths.BusDevices) >= 0)
            Check(dax, bus, AttributeOwner.Bus, "the dax bus", false, [DriverCoreAttributes.BusUevent, DriverCoreAttributes.DriversProbe, DriverCoreAttributes.DriversAutoprobe]);
        foreach (var driver in Folders(dax, SysfsPaths.Drivers))
        {
            Check(dax, driver, AttributeOwner.Driver, $"driver {tree[driver].Name}", false,
                [DriverAttributes.NewId, DriverAttributes.RemoveId, DriverAttributes.Bind, DriverAttributes.Unbind, DriverCoreAttributes.DriverUevent]);
            // A driver built into the kernel may have no module; one that links to a module needs the module's state.
            if (tree.Child(driver, "module") is var link and >= 0 && tree.Resolve(link) is var module and > 0)
                Check(dax, module, AttributeOwner.Module, $"module {tree[module].Name}", false, [DriverCoreAttributes.ModuleInitState]);
        }
        foreach (var device in dax.Devices)
        {
            var isStatic = device.Region >= 0 && dax.Regions[device.Region].IsStatic;
            IEnumerable<AttributeDeclaration> required = device.OnBus
                ? [DeviceAttributes.Modalias, DeviceAttributes.Size, DeviceAttributes.Align, DeviceAttributes.Resource, DeviceAttributes.Dev,
                   DeviceAttributes.Subsystem, DriverCoreAttributes.DeviceUevent, DriverCoreAttributes.DevicePower]
                : [ClassDaxAttributes.Dev, ClassDaxAttributes.Size, ClassDaxAttributes.Device, DriverCoreAttributes.ClassSubsystem];
            if (device.OnBus && !isStatic) required = required.Append(DeviceAttributes.Mapping);
            Check(dax, device.Node, device.OnBus ? AttributeOwner.Device : AttributeOwner.ClassDevice, device.Name, isStatic, required);
            foreach (var mapping in dax.Children(device.Node).Where(c => tree[c].Kind == SysfsNodeKind.Directory && DaxTree.IsMappingName(tree[c].Name)))
            {
                Check(dax, mapping, device.OnBus ? AttributeOwner.Mapping : AttributeOwner.ClassMapping, $"{device.Name}/{tree[mapping].Name}", false,
                    device.OnBus ? [DeviceAttributes.MappingStart, DeviceAttributes.MappingEnd, DeviceAttributes.MappingPageOffset, DriverCoreAttributes.MappingUevent]
                                 : [ClassDaxAttributes.MappingStart, ClassDaxAttributes.MappingEnd, ClassDaxAttributes.MappingPageOffset]);
            }
            if (device.Region < 0) dax.Report(DaxValueCodes.MissingAttribute, tree.PathOf(device.Node), $"{device.Name} has no dax_region folder beside it");
        }
        foreach (var region in dax.Regions.Values)
        {
            IEnumerable<AttributeDeclaration> required = region.IsClass
                ? [ClassDaxAttributes.RegionId, ClassDaxAttributes.RegionSize, ClassDaxAttributes.RegionAlign]
                : [RegionAttributes.Id, RegionAttributes.Size, RegionAttributes.Align];
            if (!region.IsStatic) required = required.Concat(RegionAttributes.DynamicOnly);
            Check(dax, region.Node, region.IsClass ? AttributeOwner.ClassRegion : AttributeOwner.Region, $"the region at {tree.PathOf(region.Node)}", false, required);
        }
        var memory = tree.Find(SysfsPaths.Memory);
        if (memory >= 0) Check(dax, memory, AttributeOwner.MemoryRoot, SysfsPaths.Memory, false, [MemoryAttributes.BlockSizeBytes]);
        foreach (var (_, block) in dax.MemoryBlocks())
            Check(dax, block, AttributeOwner.MemoryBlock, tree[block].Name, false, [MemoryAttributes.State, MemoryAttributes.PhysIndex]);
        var nodes = tree.Find(SysfsPaths.Node);
        if (nodes >= 0)
        {
            Check(dax, nodes, AttributeOwner.NodeRoot, SysfsPaths.Node, false, [NodeAttributes.Possible, NodeAttributes.Online]);
            foreach (var node in dax.Children(nodes).Where(c => tree[c].Kind == SysfsNodeKind.Directory && DaxTree.NumberAfter(tree[c].Name, "node") is not null))
                Check(dax, node, AttributeOwner.Node, tree[node].Name, false, []);
        }
    }

    private static IEnumerable<int> Folders(DaxTree dax, string path) =>
        dax.Tree.Find(path) is var folder and >= 0 ? dax.Children(folder).Where(c => dax.Tree[c].Kind == SysfsNodeKind.Directory) : [];

    /// <summary>The declarations of one owner at one folder: required ones present, and every present one's mode and value.</summary>
    private static void Check(DaxTree dax, int folder, AttributeOwner owner, string what, bool staticRegion, IEnumerable<AttributeDeclaration> required)
    {
        var tree = dax.Tree;
        var path = tree.PathOf(folder);
        foreach (var declaration in required.Where(d => dax.At(folder, d.RelativePath) < 0))
            dax.Report(DaxValueCodes.MissingAttribute, $"{path}/{declaration.RelativePath}", $"{what} has no '{declaration.RelativePath}' ({declaration.What})");
        foreach (var declaration in Declared.Of(owner).Where(d => d.RelativePath.Length > 0))
        {
            var node = dax.At(folder, declaration.RelativePath);
            if (node < 0) continue;
            var file = tree.PathOf(node);
            // A whole compat layout out of its time is one finding (KernelChecks), not one per file.
            if (dax.Options.Kernel is { } kernel && !declaration.ExistsIn(kernel) && owner is not (AttributeOwner.ClassDevice or AttributeOwner.ClassMapping or AttributeOwner.ClassRegion))
                dax.Report(DaxValueCodes.Anachronism, file, $"{file}: v{kernel} has no '{declaration.RelativePath}' ({KernelChecks.Span(declaration)})");
            if (declaration.Kind != NodeKind.File || tree[node].Kind != SysfsNodeKind.File) continue;
            var expected = declaration.ModeIn(staticRegion && owner is AttributeOwner.Device or AttributeOwner.ClassDevice);
            var actual = tree[node].Mode & (UnixFileMode)0xFFF;
            if (actual != 0 && actual != expected)
                dax.Report(DaxValueCodes.ModeDiffers, file, $"{file} has mode {Octal(actual)}; the model declares {Octal(expected)} for '{declaration.What}'");
            if (declaration.Format is ValueFormat.WriteOnly or ValueFormat.None || dax.Read(node) is not { } content) continue;
            if (!ValueFormats.Fits(declaration.Format, content))
                dax.Report(DaxValueCodes.BadValue, file, $"{file} reads '{Shown(content)}', which is not {Describe(declaration.Format)}");
            else if (declaration.Words is { } words && ValueFormats.Line(content) is { } line &&
                     line.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => !words.Contains(w)) is { } odd)
                dax.Report(DaxValueCodes.BadValue, file, $"{file} reads '{Shown(content)}': '{odd}' is not one of {string.Join(", ", words)}");
        }
    }

    private static string Octal(UnixFileMode mode) => "0" + Convert.ToString((int)mode & 0xFFF, 8);

    public static string Shown(string content)
    {
        var text = content.TrimEnd('\n').Replace("\n", "\\n", StringComparison.Ordinal);
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    private static string Describe(ValueFormat format) => format switch
    {
        ValueFormat.Decimal => "a decimal number and a newline",
        ValueFormat.Hex => "0x and a hex number and a newline",
        ValueFormat.BareHex => "a hex number without 0x and a newline",
        ValueFormat.PaddedHex => "an 8-digit hex number and a newline",
        ValueFormat.DeviceName => "a device name daxX.Y (or nothing) and a newline",
        ValueFormat.DeviceNumber => "major:minor and a newline",
        ValueFormat.Boolean => "0 or 1 and a newline",
        ValueFormat.RangeList => "a list such as 0-1,3 and a newline",
        ValueFormat.Word => "a word and a newline",
        _ => "newline-terminated lines",
    };
}
