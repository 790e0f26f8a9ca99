using System.Text.Json;
using AbiTool.Reference.Model;
using AbiTool.Sources;

namespace AbiTool.Reference.Scenarios;

/// <summary>
/// Reads a scenario file into a <see cref="DaxSystem"/>. Every problem — bad JSON, overlapping ranges, sizes beyond
/// a region, unknown drivers, a device bound twice — is one <see cref="AbiInputException"/> naming the file and the
/// place (line and column for syntax, the JSON path for meaning).
/// </summary>
public static class ScenarioLoader
{
    public static DaxSystem LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AbiInputException($"{path}: cannot read the scenario ({e.Message})", e);
        }
        return Load(text, path);
    }

    public static DaxSystem Load(string json, string name)
    {
        Scenario? scenario;
        try
        {
            scenario = JsonSerializer.Deserialize(json, ScenarioJsonContext.Default.Scenario);
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is { } line ? $"{name}:{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : name;
            throw new AbiInputException($"{at}: {FirstSentence(e.Message)}", e);
        }
        if (scenario is null) throw new AbiInputException($"{name}: the scenario is empty (null)");
        return new Builder(scenario, name).Build();
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }

    /// <summary>The embedded scenarios shipped with the tool, by name ("hmem-kmem").</summary>
    public static IReadOnlyList<string> Shipped() =>
        [.. typeof(ScenarioLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("scenarios/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n["scenarios/".Length..^".json".Length]).Order(StringComparer.Ordinal)];

    public static string ShippedText(string name)
    {
        using var stream = typeof(ScenarioLoader).Assembly.GetManifestResourceStream($"scenarios/{name}.json")
            ?? throw new AbiInputException($"no shipped scenario named '{name}' (there are: {string.Join(", ", Shipped())})");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static DaxSystem LoadShipped(string name) => Load(ShippedText(name), $"(scenario {name})");

    /// <summary>Turns the file's records into model state, checking each step.</summary>
    private sealed class Builder(Scenario scenario, string name)
    {
        private DaxSystem system = null!;

        private AbiInputException Error(string where, string message) => new($"{name}: {where}: {message}");

        public DaxSystem Build()
        {
            var blockSize = scenario.BlockSizeBytes ?? 128UL << 20;
            if (blockSize == 0 || (blockSize & (blockSize - 1)) != 0)
                throw Error("blockSizeBytes", $"{blockSize} is not a power of two");
            var kernel = new Version(6, 12);
            if (scenario.KernelVersion is { } text && (!Version.TryParse(text.TrimStart('v'), out kernel!) || kernel < DaxSystem.OldestKernel))
                throw Error("kernelVersion", $"'{text}' is not a kernel version the model covers (5.10 or later, such as \"6.1\")");
            if (scenario.ClassLayout && kernel > Declarations.ClassDaxAttributes.LastKernel)
                throw Error("classLayout", $"the compat /sys/class/dax layout ended with v5.16; this scenario's kernel is v{kernel} (set \"kernelVersion\")");
            system = new DaxSystem(blockSize, scenario.CharMajor ?? 252, scenario.Kmem ?? true)
            {
                Kernel = kernel,
                ClassLayout = scenario.ClassLayout,
                MemmapOnMemorySupported = scenario.MemmapOnMemorySupported,
            };
            if (scenario.AutoOnlineBlocks is { } auto && !system.SetAutoOnline(auto).Succeeded)
                throw Error("autoOnlineBlocks", $"'{auto}' is not offline, online, online_kernel or online_movable");
            AddNodes();
            for (var i = 0; i < scenario.Regions.Count; i++) AddRegion(scenario.Regions[i], $"regions[{i}]");
            AddNewIds();
            AddBindings();
            foreach (var region in system.Regions.Where(r => !r.IsStatic)) SetCreated(region);
            return system;
        }

        /// <summary>
        /// A scenario is a state, not a history, so 'create' writes are inferred: every device but the one a dynamic
        /// region starts with (id 0) was made by one, in id order. The youngest is the last of them; the seed is the
        /// first that no driver holds (a successful probe is what clears the seed).
        /// </summary>
        private static void SetCreated(DaxRegion region)
        {
            var created = region.Devices.Where(d => d.Id > 0).OrderBy(d => d.Id).ToList();
            region.Youngest = created.LastOrDefault();
            region.Seed = created.FirstOrDefault(d => d.Driver is null);
        }

        private void AddNodes()
        {
            if (scenario.Nodes.Count == 0) system.Nodes.Add(new NumaNode(0, "0", 1UL << 30));
            for (var i = 0; i < scenario.Nodes.Count; i++)
            {
                var node = scenario.Nodes[i];
                if (node.Id < 0) throw Error($"nodes[{i}].id", $"{node.Id} is negative");
                if (system.Nodes.Any(n => n.Id == node.Id)) throw Error($"nodes[{i}].id", $"node {node.Id} is listed twice");
                if (View.RangeList.Parse(node.Cpus) is null) throw Error($"nodes[{i}].cpus", $"'{node.Cpus}' is not a CPU list such as \"0-3,8\"");
                system.Nodes.Add(new NumaNode(node.Id, node.Cpus, node.Memory ?? 0));
            }
        }

        private void AddRegion(ScenarioRegion r, string at)
        {
            var kind = r.Kind switch
            {
                "hmem" => RegionKind.Hmem,
                "cxl" => RegionKind.Cxl,
                "pmem" => RegionKind.Pmem,
                _ => throw Error($"{at}.kind", $"'{r.Kind}' is not hmem, cxl or pmem"),
            };
            if (system.Regions.Any(x => x.Id == r.Id)) throw Error($"{at}.id", $"region {r.Id} is listed twice");
            var start = r.Start ?? throw Error(at, "the region needs a start address");
            var size = r.Size ?? throw Error(at, "the region needs a size");
            if (size == 0 || start > ulong.MaxValue - size + 1) throw Error($"{at}.size", $"{size} bytes at 0x{start:x} is not a range of memory");
            var align = r.Align ?? DaxSystem.MinimumAlign;
            if (!DaxSystem.IsValidAlign(align)) throw Error($"{at}.align", $"{align} is not 4096, 2M or 1G");
            if (start % align != 0 || size % align != 0) throw Error(at, $"start 0x{start:x} and size {size} must be multiples of the align {align}");
            var range = new AddressRange(start, size);
            if (system.Regions.FirstOrDefault(x => x.Range.Overlaps(range)) is { } other)
                throw Error(at, $"{range} overlaps region {other.Id} ({other.Range})");
            if (r.TargetNode >= 0 && system.Nodes.All(n => n.Id != r.TargetNode))
                throw Error($"{at}.targetNode", $"node {r.TargetNode} is not among the scenario's nodes");
            var parent = r.Parent ?? DefaultParent(kind, r.Id);
            if (!parent.StartsWith("/sys/devices/", StringComparison.Ordinal) || View.SysfsPaths.Fold(parent) != parent)
                throw Error($"{at}.parent", $"'{parent}' is not a plain path below /sys/devices");
            if (system.Regions.Any(x => x.ParentPath == parent)) throw Error($"{at}.parent", $"another region already hangs off {parent}");
            if (kind == RegionKind.Cxl && system.Kernel < DaxSystem.CxlRegionsSince)
                throw Error($"{at}.kind", $"CXL dax regions came with v6.3; this scenario's kernel is v{system.Kernel}");
            if (r.Idle && kind != RegionKind.Hmem) throw Error($"{at}.idle", "region_idle is a parameter of hmem; only hmem regions can be idle");
            var region = system.AddRegion(r.Id, kind, range, align, r.TargetNode, r.NumaNode, parent, r.Idle);

            // The kernel always makes device 0: all of a static region, all of a dynamic one unless it is idle.
            if (r.Devices.Count == 0) r.Devices.Add(new ScenarioDevice { Id = 0, Size = region.Idle ? 0 : size });
            if (region.IsStatic && r.Devices.Count != 1) throw Error($"{at}.devices", "a static (pmem) region has exactly one device");
            for (var i = 0; i < r.Devices.Count; i++) AddDevice(region, r.Devices[i], $"{at}.devices[{i}]");
            if (region.IsStatic && region.Available != 0)
                throw Error($"{at}.devices[0].size", $"the device of a static region owns all of it ({size} bytes)");
        }

        private static string DefaultParent(RegionKind kind, int id) => kind switch
        {
            RegionKind.Hmem => $"/sys/devices/platform/hmem.{id}",
            RegionKind.Cxl => $"/sys/devices/platform/ACPI0017:00/root0/decoder0.0/region{id}/dax_region{id}",
            _ => $"/sys/devices/platform/e820_pmem/ndbus0/region{id}/dax{id}.0",
        };

        private void AddDevice(DaxRegion region, ScenarioDevice d, string at)
        {
            if (d.Id is < 0) throw Error($"{at}.id", $"{d.Id} is negative");
            if (d.Id is { } wanted && region.Devices.Any(x => x.Id == wanted)) throw Error($"{at}.id", $"dax{region.Id}.{wanted} is listed twice");
            var device = system.AddDevice(region, d.Id);
            if (d.Align is { } align)
            {
                if (!DaxSystem.IsValidAlign(align)) throw Error($"{at}.align", $"{align} is not 4096, 2M or 1G");
                device.Align = align;
            }
            device.MemmapOnMemory = d.MemmapOnMemory ?? region.Kind == RegionKind.Cxl;
            if (d.Ranges is { } ranges)
            {
                for (var i = 0; i < ranges.Count; i++) AddRange(device, ranges[i], $"{at}.ranges[{i}]");
                if (d.Size is { } total && total != device.Size)
                    throw Error($"{at}.size", $"{total} is not the sum of the ranges ({device.Size})");
                return;
            }
            var size = d.Size ?? 0;
            if (size > region.Available)
                throw Error($"{at}.size", $"{size} bytes is beyond region {region.Id}: only {region.Available} of its {region.Size} are left");
            var result = system.SetSize(device, $"{size}");
            if (!result.Succeeded)
                throw Error($"{at}.size", $"{size} is not a multiple of the device's align ({Math.Max(device.Align, DaxSystem.MinimumAlign)})");
        }

        private void AddRange(DaxDevice device, ScenarioRange r, string at)
        {
            var start = r.Start ?? throw Error(at, "the range needs a start");
            var size = r.Size ?? throw Error(at, "the range needs a size");
            if (size == 0 || start > ulong.MaxValue - size + 1) throw Error($"{at}.size", $"{size} bytes at 0x{start:x} is not a range");
            var range = new AddressRange(start, size);
            var region = device.Region;
            if (!region.Range.Contains(range)) throw Error(at, $"{range} is beyond region {region.Id} ({region.Range})");
            if (region.Owned().FirstOrDefault(o => o.Mapping.Range.Overlaps(range)) is { Device: { } owner } overlap)
                throw Error(at, $"{range} overlaps {owner.Name}'s range {overlap.Mapping.Range}");
            if (!DaxSystem.IsAligned(device, size))
                throw Error($"{at}.size", $"{size} is not a multiple of the device's align ({Math.Max(device.Align, DaxSystem.MinimumAlign)})");
            DaxSystem.AddMapping(device, range);
        }

        private DaxDriver Driver(string driverName, string at) =>
            system.Drivers.GetValueOrDefault(driverName) ?? throw Error(at, driverName == DaxDriver.Kmem
                ? "this scenario's kernel has no kmem driver (\"kmem\": false)"
                : $"'{driverName}' is not a dax driver (device_dax or kmem)");

        private void AddNewIds()
        {
            foreach (var (driverName, names) in scenario.NewIds)
            {
                var driver = Driver(driverName, $"newIds.{driverName}");
                foreach (var id in names)
                {
                    if (!KernelParse.IsDeviceName(id)) throw Error($"newIds.{driverName}", $"'{id}' is not a device name daxX.Y");
                    driver.Ids.Add(id);
                }
            }
        }

        private void AddBindings()
        {
            var bound = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < scenario.Bindings.Count; i++)
            {
                var b = scenario.Bindings[i];
                var at = $"bindings[{i}]";
                var driver = Driver(b.Driver, $"{at}.driver");
                var device = system.FindDevice(b.Device) ?? throw Error($"{at}.device", $"no device named '{b.Device}' in the scenario");
                if (bound.TryGetValue(device.Name, out var first))
                    throw Error(at, $"{device.Name} is bound twice (already to {system.FindDevice(device.Name)!.Driver!.Name} by {first})");
                if (!system.OnBus(device)) throw Error(at, $"{device.Name} is a class device in the compat layout; it has no driver to bind");
                var result = system.Attach(driver, device);
                if (!result.Succeeded) throw Error(at, $"{driver.Name} cannot bind {device.Name}: {result} ({ProbeReason(driver, device, result)})");
                bound[device.Name] = at;
                if (b.Memory is { } word) SetMemory(driver, device, word, at);
            }
        }

        private void SetMemory(DaxDriver driver, DaxDevice device, string word, string at)
        {
            if (driver.Name != DaxDriver.Kmem) throw Error($"{at}.memory", "only kmem-bound devices have memory blocks");
            if (word is not ("online" or "online_kernel" or "online_movable" or "offline"))
                throw Error($"{at}.memory", $"'{word}' is not online, online_kernel, online_movable or offline");
            foreach (var index in system.BlocksOf(device))
            {
                var block = system.Blocks[index];
                if ((word == "offline") != block.Online) continue; // already in that state
                system.SetState(block, word);
            }
        }

        private string ProbeReason(DaxDriver driver, DaxDevice device, WriteResult result) => result.Error switch
        {
            Errno.ENXIO => "its size is 0",
            Errno.ENODEV when system.LegacyMatching => $"before v6.3 {driver.Name} matches only the names given to its new_id",
            Errno.ENODEV => $"{device.Name} is {DaxDriver.MeantFor(device.Region)}'s by its region's type; give its name to {driver.Name}'s new_id first",
            Errno.EINVAL when device.Region.TargetNode < 0 => "the region has no target node",
            Errno.EINVAL => "no whole memory block in its ranges",
            Errno.EBUSY => "its memory blocks are taken",
            _ => $"probe of {driver.Name} failed",
        };
    }
}
