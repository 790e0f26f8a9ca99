using AbiTool.Reference.Declarations;
using AbiTool.Reference.Model;
using static AbiTool.Reference.View.SysfsPaths;

namespace AbiTool.Reference.View;

/// <summary>
/// The sysfs files of a <see cref="DaxSystem"/>: every declared attribute of every object, with its mode and value,
/// the folders that hold them, and the links sysfs makes (bus and driver lists, driver and subsystem, /sys/dev/char,
/// node memory links, the compat class), with the driver core's own files (uevent, power/, the bus's probe files,
/// driver modules). Built fresh from the state, so a write is followed by a new view.
/// </summary>
public sealed class SysfsView
{
    private readonly List<SysfsEntry> entries = [];
    private readonly List<CharDevice> charDevices = [];

    public IReadOnlyList<SysfsEntry> Entries => entries;

    /// <summary>The /dev/daxX.Y nodes.</summary>
    public IReadOnlyList<CharDevice> CharDevices => charDevices;

    public static SysfsView Of(DaxSystem system)
    {
        var view = new SysfsView();
        view.Build(system);
        return view;
    }

    /// <summary>The real path of a device's folder.</summary>
    public static string DevicePath(DaxSystem system, DaxDevice device) =>
        system.OnBus(device) ? $"{device.Region.ParentPath}/{device.Name}" : $"{device.Region.ParentPath}/dax/{device.Name}";

    private void Build(DaxSystem system)
    {
        Folder(Bus);
        Folder(BusDevices);
        Folder(Drivers);
        Attribute($"{Bus}/uevent", DriverCoreAttributes.BusUevent, system);
        Attribute($"{Bus}/drivers_probe", DriverCoreAttributes.DriversProbe, system);
        Attribute($"{Bus}/drivers_autoprobe", DriverCoreAttributes.DriversAutoprobe, system, "1");
        foreach (var driver in system.Drivers.Values) AddDriver(system, driver);
        foreach (var region in system.Regions)
        {
            AddRegion(system, region);
            foreach (var device in region.Devices)
            {
                if (system.OnBus(device)) AddBusDevice(system, device);
                else AddClassDevice(system, device);
            }
        }
        if (system.ClassLayout) Attribute(Class, ClassDaxAttributes.Root, system);
        AddMemory(system);
        AddNodes(system);
    }

    private void AddDriver(DaxSystem system, DaxDriver driver)
    {
        var path = $"{Drivers}/{driver.Name}";
        Folder(path);
        foreach (var declaration in (AttributeDeclaration[])[DriverAttributes.NewId, DriverAttributes.RemoveId, DriverAttributes.Bind, DriverAttributes.Unbind, DriverCoreAttributes.DriverUevent])
            Attribute($"{path}/{declaration.Name}", declaration, driver);
        foreach (var device in system.Devices.Where(d => d.Driver == driver)) Link($"{path}/{device.Name}", DevicePath(system, device));
        // Both drivers are modules (device_dax.ko, kmem.ko): the driver links to its module, and the module back.
        var module = ModulePath(driver);
        Link($"{path}/module", module, DriverCoreAttributes.DriverModule, driver);
        Folder("/sys/module");
        Folder(module);
        Attribute($"{module}/initstate", DriverCoreAttributes.ModuleInitState, driver, "live");
        Folder($"{module}/drivers");
        Link($"{module}/drivers/dax:{driver.Name}", path, DriverCoreAttributes.ModuleDriver, driver);
    }

    /// <summary>The module of a dax driver: each is built as a module named like the driver.</summary>
    public static string ModulePath(DaxDriver driver) => $"/sys/module/{driver.Name}";

    private void AddRegion(DaxSystem system, DaxRegion region)
    {
        Folder(region.ParentPath);
        Folder(region.RegionPath);
        // A compat class device's region is the same folder, documented under the class's 'device' link.
        var classRegion = system.ClassLayout && region.IsStatic;
        Attribute(region, classRegion ? ClassDaxAttributes.RegionId : RegionAttributes.Id, $"{region.Id}");
        Attribute(region, classRegion ? ClassDaxAttributes.RegionSize : RegionAttributes.Size, $"{region.Size}");
        Attribute(region, classRegion ? ClassDaxAttributes.RegionAlign : RegionAttributes.Align, $"{region.Align}");
        if (region.IsStatic) return;
        Attribute(region, RegionAttributes.AvailableSize, $"{region.Available}");
        Attribute(region, RegionAttributes.Seed, region.Seed?.Name ?? "");
        Attribute(region, RegionAttributes.Create, region.Youngest?.Name ?? "");
        Attribute(region, RegionAttributes.Delete, null);
    }

    private void AddBusDevice(DaxSystem system, DaxDevice device)
    {
        var path = DevicePath(system, device);
        var region = device.Region;
        Folder(path);
        Attribute(path, DeviceAttributes.Modalias, device, "dax:t0", region.IsStatic);
        Attribute(path, DeviceAttributes.Size, device, $"{device.Size}", region.IsStatic);
        Attribute(path, DeviceAttributes.Align, device, $"{device.Align}", region.IsStatic);
        if (!region.IsStatic) Attribute(path, DeviceAttributes.Mapping, device, null, false);
        Attribute(path, DeviceAttributes.Resource, device, Hex(device.Resource), region.IsStatic);
        Attribute(path, DeviceAttributes.NumaNode, device, $"{region.NumaNode}", region.IsStatic);
        if (region.TargetNode >= 0) Attribute(path, DeviceAttributes.TargetNode, device, $"{region.TargetNode}", region.IsStatic);
        if (system.HasMemmapOnMemory) Attribute(path, DeviceAttributes.MemmapOnMemory, device, device.MemmapOnMemory ? "1" : "0", region.IsStatic);
        Attribute(path, DeviceAttributes.Dev, device, $"{system.CharMajor}:{device.Minor}", region.IsStatic);
        if (device.Driver is { } driver) Link($"{path}/driver", $"{Drivers}/{driver.Name}", DeviceAttributes.Driver, device);
        Link($"{path}/subsystem", Bus, DeviceAttributes.Subsystem, device);
        Attribute($"{path}/uevent", DriverCoreAttributes.DeviceUevent, device, Uevent(system, device, onBus: true));
        AddPower(path, AttributeOwner.Device, device);
        AddMappings(path, device, DeviceAttributes.MappingStart, DeviceAttributes.MappingEnd, DeviceAttributes.MappingPageOffset);
        Link($"{BusDevices}/{device.Name}", path);
        AddDeviceNumber(system, device, path);
    }

    private void AddClassDevice(DaxSystem system, DaxDevice device)
    {
        var path = DevicePath(system, device);
        var region = device.Region;
        Folder(path);
        Attribute(path, ClassDaxAttributes.Dev, device, $"{system.CharMajor}:{device.Minor}", true);
        Attribute(path, ClassDaxAttributes.Size, device, $"{device.Size}", true);
        Link($"{path}/device", region.ParentPath, ClassDaxAttributes.Device, device);
        Attribute(path, ClassDaxAttributes.Modalias, device, "dax:t0", true);
        if (region.TargetNode >= 0) Attribute(path, ClassDaxAttributes.TargetNode, device, $"{region.TargetNode}", true);
        Attribute(path, ClassDaxAttributes.Resource, device, Hex(device.Resource), true);
        Attribute(path, ClassDaxAttributes.NumaNode, device, $"{region.NumaNode}", true);
        Attribute(path, ClassDaxAttributes.Align, device, $"{device.Align}", true);
        AddMappings(path, device, ClassDaxAttributes.MappingStart, ClassDaxAttributes.MappingEnd, ClassDaxAttributes.MappingPageOffset);
        Link($"{path}/subsystem", Class, DriverCoreAttributes.ClassSubsystem, device);
        Attribute($"{path}/uevent", DriverCoreAttributes.ClassUevent, device, Uevent(system, device, onBus: false));
        Link($"{Class}/{device.Name}", path);
        AddDeviceNumber(system, device, path);
    }

    /// <summary>The mappingN children, in either layout (the files are the same; only their Whats differ).</summary>
    private void AddMappings(string path, DaxDevice device, AttributeDeclaration start, AttributeDeclaration end, AttributeDeclaration pageOffset)
    {
        foreach (var mapping in device.Mappings)
        {
            var folder = $"{path}/mapping{mapping.Id}";
            Folder(folder);
            Attribute(folder, start, mapping, Hex(mapping.Range.Start), false);
            Attribute(folder, end, mapping, Hex(mapping.Range.End), false);
            Attribute(folder, pageOffset, mapping, Hex(mapping.PageOffset), false);
            if (start.Owner != AttributeOwner.Mapping) continue; // the compat class's mappings are rendered as they were documented
            // A mapping is a device of its own without bus, class or number: its uevent has nothing to say.
            Attribute($"{folder}/uevent", DriverCoreAttributes.MappingUevent, mapping, null);
            AddPower(folder, AttributeOwner.Mapping, mapping);
        }
    }

    /// <summary>
    /// What reading uevent shows (dev_uevent, then the bus's): the device number and node name, the bound driver,
    /// and on the bus the module alias.
    /// </summary>
    private static string Uevent(DaxSystem system, DaxDevice device, bool onBus)
    {
        var lines = new List<string> { $"MAJOR={system.CharMajor}", $"MINOR={device.Minor}", $"DEVNAME={device.Name}" };
        if (device.Driver is { } driver) lines.Add($"DRIVER={driver.Name}");
        if (onBus) lines.Add("MODALIAS=dax:t0");
        return string.Join('\n', lines);
    }

    /// <summary>The power/ folder every device gets; runtime PM is never enabled for dax devices.</summary>
    private void AddPower(string path, AttributeOwner owner, object instance)
    {
        var files = DriverCoreAttributes.PowerOf(owner);
        Attribute($"{path}/{files[0].RelativePath}", files[0], instance);
        string[] values = ["auto", "unsupported", "0", "0"];
        for (var i = 1; i < files.Count; i++) Attribute($"{path}/{files[i].RelativePath}", files[i], instance, values[i - 1]);
    }

    private void AddDeviceNumber(DaxSystem system, DaxDevice device, string path)
    {
        Link($"{DevChar}/{system.CharMajor}:{device.Minor}", path);
        charDevices.Add(new CharDevice($"/dev/{device.Name}", system.CharMajor, device.Minor));
    }

    private void AddMemory(DaxSystem system)
    {
        Folder(Memory);
        Attribute($"{Memory}/block_size_bytes", MemoryAttributes.BlockSizeBytes, system, $"{system.BlockSize:x}");
        Attribute($"{Memory}/auto_online_blocks", MemoryAttributes.AutoOnlineBlocks, system, system.AutoOnline);
        foreach (var block in system.Blocks.Values)
        {
            var path = $"{Memory}/memory{block.Index}";
            Attribute(path, MemoryAttributes.Block, block);
            Attribute($"{path}/state", MemoryAttributes.State, block, block.State);
            Attribute($"{path}/phys_index", MemoryAttributes.PhysIndex, block, $"{block.Index:x8}");
            Attribute($"{path}/valid_zones", MemoryAttributes.ValidZones, block, block.ValidZones);
        }
    }

    private void AddNodes(DaxSystem system)
    {
        Folder(Node);
        Attribute($"{Node}/possible", NodeAttributes.Possible, system, RangeList.Format(system.Nodes.Select(n => n.Id)));
        Attribute($"{Node}/online", NodeAttributes.Online, system, RangeList.Format(system.OnlineNodes));
        foreach (var node in system.Nodes.Where(n => system.IsOnline(n.Id)))
        {
            var path = $"{Node}/node{node.Id}";
            Attribute(path, NodeAttributes.Node, node);
            Attribute($"{path}/cpulist", NodeAttributes.CpuList, node, node.Cpus);
            var blocks = system.Blocks.Values.Where(b => b.Node == node.Id).ToList();
            var total = node.BootMemoryBytes + (ulong)blocks.Count(b => b.Online) * system.BlockSize;
            Attribute($"{path}/meminfo", NodeAttributes.MemInfo, node,
                $"Node {node.Id} MemTotal:       {total / 1024,8} kB\nNode {node.Id} MemFree:        {total / 1024,8} kB\nNode {node.Id} MemUsed:        {0,8} kB");
            foreach (var block in blocks) Link($"{path}/memory{block.Index}", $"{Memory}/memory{block.Index}", NodeAttributes.MemoryLink, block);
        }
    }

    private static string Hex(ulong value) => $"0x{value:x}";

    private void Folder(string path)
    {
        if (entries.Any(e => e.Path == path)) return;
        entries.Add(new SysfsEntry(path, NodeKind.Directory, (UnixFileMode)0b111_101_101, null, null, null, null));
    }

    private void Attribute(DaxRegion region, AttributeDeclaration declaration, string? value) =>
        Attribute($"{region.RegionPath}/{declaration.Name}", declaration, region, value);

    private void Attribute(string folder, AttributeDeclaration declaration, object owner, string? value, bool staticRegion) =>
        entries.Add(new SysfsEntry($"{folder}/{declaration.Name}", NodeKind.File, declaration.ModeIn(staticRegion),
            value is null ? "" : value + "\n", null, declaration, owner));

    private void Attribute(string path, AttributeDeclaration declaration, object owner, string? value = null)
    {
        if (declaration.Kind == NodeKind.Directory)
        {
            entries.Add(new SysfsEntry(path, NodeKind.Directory, declaration.FileMode, null, null, declaration, owner));
            return;
        }
        entries.Add(new SysfsEntry(path, NodeKind.File, declaration.FileMode, value is null ? "" : value + "\n", null, declaration, owner));
    }

    private void Link(string path, string target, AttributeDeclaration? declaration = null, object? owner = null) =>
        entries.Add(new SysfsEntry(path, NodeKind.Link, (UnixFileMode)0b111_111_111, null, RelativeLink(path, target), declaration, owner));
}
