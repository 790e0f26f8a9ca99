using AbiTool.DaxValues;
using AbiTool.Diagnostics;
using AbiTool.Patterns;
using AbiTool.Reference.Rendering;
using AbiTool.Reference.Scenarios;
using AbiTool.Reference.Values;
using AbiTool.Sources;
using AbiTool.Sysfs;
using static AbiTool.Tests.FixtureHelpers;

namespace AbiTool.Tests;

/// <summary>
/// The mutation suite: each fault is one realistic way a dax tree can be wrong, injected alone into a freshly
/// rendered scenario; <c>check --values</c> must report it with the code meant for it, report nothing beyond the
/// codes the fault also breaks, and report the same value findings whether the docs are abi/ or the kernel's 6.12 tree.
/// </summary>
public class MutationSuiteTests
{
    private const string Hmem = "sys/devices/platform/hmem.0";
    private const string Cxl = "sys/devices/platform/ACPI0017:00/root0/decoder0.0/region2/dax_region2";
    private const string Pmem = "sys/devices/platform/e820_pmem/ndbus0/region1/dax1.0";
    private const string Compat = "sys/devices/platform/e820_pmem/ndbus0/region0/dax0.0";
    private const string Memory = "sys/devices/system/memory";

    /// <summary>One fault: where it is injected, how, and the code meant to catch it (plus codes it also breaks).</summary>
    public sealed record Fault(string Name, string Scenario, Action<Fixture> Inject, string Code, params string[] Also)
    {
        public override string ToString() => Name;
    }

    private static readonly Fault[] Faults =
    [
        // ABI0501: files the kernel always makes
        new("device size missing", "default", f => f.Delete($"{Hmem}/dax0.1/size"), Code(DaxValueCodes.MissingAttribute)),
        new("driver new_id missing", "default", f => f.Delete("sys/bus/dax/drivers/kmem/new_id"), Code(DaxValueCodes.MissingAttribute)),
        new("region seed missing", "default", f => f.Delete($"{Hmem}/dax_region/seed"), Code(DaxValueCodes.MissingAttribute)),
        new("device uevent missing", "default", f => f.Delete($"{Hmem}/dax0.0/uevent"), Code(DaxValueCodes.MissingAttribute)),
        new("bus drivers_probe missing", "default", f => f.Delete("sys/bus/dax/drivers_probe"), Code(DaxValueCodes.MissingAttribute)),
        new("module initstate missing", "default", f => f.Delete("sys/module/kmem/initstate"), Code(DaxValueCodes.MissingAttribute)),
        new("device power folder missing", "default", f => f.Delete($"{Hmem}/dax0.0/power"), Code(DaxValueCodes.MissingAttribute)),
        new("compat subsystem link missing", "class-compat", f => f.Delete($"{Compat}/dax/dax0.0/subsystem"), Code(DaxValueCodes.MissingAttribute)),
        new("mapping uevent missing", "default", f => f.Delete($"{Hmem}/dax0.1/mapping0/uevent"), Code(DaxValueCodes.MissingAttribute)),
        // ABI0502: modes
        new("target_node writable", "default", f => f.Mode($"{Hmem}/dax0.0/target_node", "644"), Code(DaxValueCodes.ModeDiffers)),
        new("region align world-readable", "default", f => f.Mode($"{Hmem}/dax_region/align", "444"), Code(DaxValueCodes.ModeDiffers)),
        new("static size writable", "pmem-devdax", f => f.Mode($"{Pmem}/dax1.0/size", "644"), Code(DaxValueCodes.ModeDiffers)),
        // ABI0503: formats and words
        new("align in words", "default", f => f.Put($"{Hmem}/dax0.1/align", "two megabytes\n"), Code(DaxValueCodes.BadValue)),
        new("wrong modalias", "default", f => f.Put($"{Hmem}/dax0.0/modalias", "dax:t1\n"), Code(DaxValueCodes.BadValue)),
        new("block state not a state word", "default", f => f.Put($"{Memory}/memory72/state", "sleeping\n"), Code(DaxValueCodes.BadValue)),
        new("auto_online_blocks not a policy", "default", f => f.Put($"{Memory}/auto_online_blocks", "sometimes\n"), Code(DaxValueCodes.BadValue)),
        new("phys_index not padded", "default", f => f.Put($"{Memory}/memory72/phys_index", "48\n"), Code(DaxValueCodes.BadValue)),
        new("resource without newline", "default", f => f.Put($"{Hmem}/dax0.0/resource", "0x240000000"), Code(DaxValueCodes.BadValue)),
        new("drivers_autoprobe a word", "default", f => f.Put("sys/bus/dax/drivers_autoprobe", "yes\n"), Code(DaxValueCodes.BadValue)),
        new("initstate unknown", "default", f => f.Put("sys/module/kmem/initstate", "loaded\n"), Code(DaxValueCodes.BadValue)),
        new("runtime_status unknown", "default", f => f.Put($"{Hmem}/dax0.0/power/runtime_status", "sleeping\n"), Code(DaxValueCodes.BadValue)),
        // ABI0504-0508: the first invariants
        new("size not the sum", "default", f => f.Put($"{Hmem}/dax0.1/size", "1073741824\n"), Code(DaxValueCodes.SizeNotSum), Code(DaxValueCodes.AvailableSize)),
        new("mapping end cut", "cxl-split", f => f.Put($"{Cxl}/dax2.0/mapping0/end", "0x200fffff00\n"), Code(DaxValueCodes.SizeNotSum), Code(DaxValueCodes.PageOffset)),
        new("resource not the first mapping", "default", f => f.Put($"{Hmem}/dax0.0/resource", "0x250000000\n"), Code(DaxValueCodes.ResourceNotFirst)),
        new("mapping start misaligned", "cxl-split", f =>
        {
            f.Put($"{Cxl}/dax2.0/mapping1/start", "0x2020001000\n");
            f.Put($"{Cxl}/dax2.0/mapping1/end", "0x2030000fff\n");
        }, Code(DaxValueCodes.Misaligned)),
        new("available_size wrong", "default", f => f.Put($"{Hmem}/dax_region/available_size", "1073741824\n"), Code(DaxValueCodes.AvailableSize)),
        new("kmem target node offline", "default", f => f.Put("sys/devices/system/node/online", "0\n"), Code(DaxValueCodes.TargetNodeOffline)),
        // ABI0509-0510: ranges and the region
        new("mapping beyond the region (seed shows its start)", "default", f => f.Range($"{Hmem}/dax0.1/mapping0", 0x440000000, 0x4bfffffff),
            Code(DaxValueCodes.OutsideRegion), Code(DaxValueCodes.ResourceNotFirst)),
        new("mapping beyond the region (window)", "cxl-split", f => f.Range($"{Cxl}/dax2.1/mapping0", 0x2080000000, 0x208fffffff),
            Code(DaxValueCodes.OutsideRegion), Code(DaxValueCodes.ResourceNotFirst)),
        new("two devices own one range", "default", f => f.Range($"{Hmem}/dax0.1/mapping0", 0x300000000, 0x37fffffff),
            Code(DaxValueCodes.RangeOverlap), Code(DaxValueCodes.ResourceNotFirst), Code(DaxValueCodes.OnlineWithoutKmem)),
        new("same range twice", "cxl-split", f => f.Range($"{Cxl}/dax2.1/mapping0", 0x2000000000, 0x200fffffff),
            Code(DaxValueCodes.RangeOverlap), Code(DaxValueCodes.ResourceNotFirst)),
        // ABI0511: aligns the kernel never allows
        new("region align 12345", "default", f => f.Put($"{Hmem}/dax_region/align", "12345\n"), Code(DaxValueCodes.InvalidAlign)),
        new("device align 64K", "default", f => f.Put($"{Hmem}/dax0.1/align", "65536\n"), Code(DaxValueCodes.InvalidAlign)),
        new("static device align 8K", "pmem-devdax", f => f.Put($"{Pmem}/dax1.0/align", "8192\n"), Code(DaxValueCodes.InvalidAlign)),
        // ABI0512-0513: kmem and memory blocks
        new("kmem device without blocks", "default", f =>
        {
            for (var block = 72; block < 104; block++)
            {
                f.Delete($"{Memory}/memory{block}");
                f.Delete($"sys/devices/system/node/node1/memory{block}");
            }
        }, Code(DaxValueCodes.KmemBlocks)),
        new("kmem device missing one block", "default", f =>
        {
            f.Delete($"{Memory}/memory80");
            f.Delete("sys/devices/system/node/node1/memory80");
        }, Code(DaxValueCodes.KmemBlocks)),
        new("online blocks without driver link", "default", f =>
        {
            f.Delete($"{Hmem}/dax0.0/driver");
            f.Delete("sys/bus/dax/drivers/kmem/dax0.0");
        }, Code(DaxValueCodes.OnlineWithoutKmem)),
        new("online blocks under device_dax", "default", f =>
        {
            f.Delete($"{Hmem}/dax0.0/driver");
            f.Link($"{Hmem}/dax0.0/driver", "../../../../bus/dax/drivers/device_dax");
        }, Code(DaxValueCodes.OnlineWithoutKmem)),
        // ABI0514: the device number
        new("/dev node missing", "default", f => f.Manifest(lines => lines.Where(l => !l.EndsWith(" /dev/dax0.1 made", StringComparison.Ordinal) &&
            !l.EndsWith(" /dev/dax0.1 not-made", StringComparison.Ordinal))), Code(DaxValueCodes.CharDevice)),
        new("/dev node number differs", "default", f => f.Manifest(lines => lines.Select(l => l.Replace("c 252:1 /dev/dax0.1", "c 252:7 /dev/dax0.1", StringComparison.Ordinal))),
            Code(DaxValueCodes.CharDevice)),
        new("dev disagrees", "default", f => f.Put($"{Hmem}/dax0.1/dev", "252:9\n"), Code(DaxValueCodes.CharDevice)),
        new("/sys/dev/char link missing", "default", f => f.Delete("sys/dev/char/252:1"), Code(DaxValueCodes.CharDevice)),
        new("uevent minor differs", "default", f => f.Put($"{Hmem}/dax0.1/uevent", "MAJOR=252\nMINOR=4\nDEVNAME=dax0.1\nDRIVER=device_dax\nMODALIAS=dax:t0\n"),
            Code(DaxValueCodes.CharDevice)),
        // ABI0515: seed and create
        new("seed names no device", "default", f => f.Put($"{Hmem}/dax_region/seed", "dax0.7\n"), Code(DaxValueCodes.Seed)),
        new("seed bound and sized", "default", f => f.Put($"{Hmem}/dax_region/seed", "dax0.1\n"), Code(DaxValueCodes.Seed)),
        new("create names no device", "default", f => f.Put($"{Hmem}/dax_region/create", "dax0.9\n"), Code(DaxValueCodes.Seed)),
        // ABI0516: page offsets
        new("only mapping has a page offset", "hmem-devdax", f => f.Put($"{Hmem}/dax0.0/mapping0/page_offset", "0x10\n"), Code(DaxValueCodes.PageOffset)),
        new("second mapping at offset 0", "cxl-split", f => f.Put($"{Cxl}/dax2.0/mapping1/page_offset", "0x0\n"), Code(DaxValueCodes.PageOffset)),
        // ABI0517: region id
        new("region id not X", "default", f => f.Put($"{Hmem}/dax_region/id", "3\n"), Code(DaxValueCodes.RegionId)),
        new("static region id not X", "pmem-devdax", f => f.Put($"{Pmem}/dax_region/id", "0\n"), Code(DaxValueCodes.RegionId)),
        // ABI0518: zones
        new("online block in two zones", "default", f => f.Put($"{Memory}/memory72/valid_zones", "Normal Movable\n"), Code(DaxValueCodes.Zone)),
        // ABI0519: what the kernel hides
        new("negative target_node shown", "default", f => f.Put($"{Hmem}/dax0.1/target_node", "-1\n"), Code(DaxValueCodes.HiddenAttribute)),
        new("mapping file in a static region", "pmem-devdax", f => f.Add($"{Pmem}/dax1.0/mapping", "", "200"), Code(DaxValueCodes.HiddenAttribute)),
        // ABI0520: kernels
        new("6.8 file in a 6.1 tree", "hmem-6.1", f => f.Add("sys/devices/platform/hmem.3/dax3.0/memmap_on_memory", "0\n", "644"), Code(DaxValueCodes.Anachronism)),
        new("6.8 file in a compat-layout tree", "class-compat", f =>
        {
            f.Manifest(lines => lines.Where(l => !l.StartsWith(FixtureManifest.KernelPrefix, StringComparison.Ordinal))); // kernel unknown
            f.Add("sys/devices/platform/hmem.1/dax1.0/memmap_on_memory", "0\n", "644");
        }, Code(DaxValueCodes.Anachronism)),
        new("CXL region in a 6.1 tree", "cxl-split", f => f.Kernel("6.1"), Code(DaxValueCodes.Anachronism)),
        new("6.12 tree said to be 5.15", "default", f => f.Kernel("5.15"), Code(DaxValueCodes.Anachronism)),
        new("compat class on 6.12", "class-compat", f => f.Kernel("6.12"), Code(DaxValueCodes.Anachronism)),
    ];

    private static string Code(DiagnosticDescriptor descriptor) => descriptor.Code;

    public static TheoryData<Fault> AllFaults() => [.. Faults];

    [Fact]
    public void TheSuiteHasAtLeastFortyFaultsAndCoversEveryNewCode()
    {
        Assert.True(Faults.Length >= 40, $"{Faults.Length} faults");
        Assert.Equal(Faults.Length, Faults.Select(f => f.Name).Distinct().Count());
        var missing = DaxValueCodes.All.Select(d => d.Code).Except(Faults.Select(f => f.Code)).ToList();
        Assert.True(missing.Count == 0, "codes no fault is meant for: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(AllFaults))]
    public void FaultIsCaughtByItsCode(Fault fault)
    {
        using var temp = new TempTree();
        var fixture = new Fixture(Render(temp, ScenarioLoader.LoadShipped(fault.Scenario)));
        fault.Inject(fixture);
        var findings = Check(fixture.Root);
        Assert.True(findings.Any(f => f.Code == fault.Code), $"{fault.Name}: no {fault.Code}; got:\n{Show(findings)}");
        var allowed = fault.Also.Append(fault.Code).ToHashSet();
        var stray = findings.Where(f => f.Code.StartsWith("ABI05", StringComparison.Ordinal) && !allowed.Contains(f.Code)).ToList();
        Assert.True(stray.Count == 0, $"{fault.Name}: unexpected\n{Show(stray)}");

        // The same value findings whatever the docs: the kernel's own 6.12 ABI tree spells region files differently.
        if (KernelDocs.Value is not { } kernel) return;
        var tree = SysfsTreeReader.Read(Path.Join(fixture.Root, "sys"));
        Assert.Equal(Values(Check(fixture.Root)), Values(ValueFindings(tree, kernel)));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void ScenarioIsValueCleanWithTheKernelsOwnDocs(string scenario)
    {
        var kernel = TestPaths.Corpus("linux-6.12");
        using var temp = new TempTree();
        var fixture = Render(temp, ScenarioLoader.LoadShipped(scenario));
        var tree = SysfsTreeReader.Read(Path.Join(fixture, "sys"));
        var findings = ValueFindings(tree, KernelDocs.Value ?? WhatIndex.Build(AbiCorpusReader.ReadDirectory(kernel)));
        Assert.True(findings.Count == 0, Show(findings));
    }

    public static TheoryData<string> Scenarios() => [.. ScenarioLoader.Shipped()];

    private static readonly Lazy<WhatIndex?> KernelDocs = new(() =>
    {
        var dir = TestPaths.Shared is { } shared ? Path.Join(shared, "corpus", "linux-6.12", "ABI") : null;
        return dir is not null && Directory.Exists(dir) ? WhatIndex.Build(AbiCorpusReader.ReadDirectory(dir)) : null;
    });

    /// <summary>What <c>abi check --values --dir DOCS</c> reports in the ABI05xx range.</summary>
    private static List<Diagnostic> ValueFindings(SysfsTree tree, WhatIndex docs)
    {
        var all = CheckAnalysis.Run(tree, docs);
        all.AddRange(DaxValueAnalysis.Run(tree, TreeFiles.Reader(tree), TreeFiles.Options(tree)));
        return [.. all.Where(f => f.Code.StartsWith("ABI05", StringComparison.Ordinal))];
    }

    private static List<string> Values(IEnumerable<Diagnostic> findings) =>
        [.. findings.Where(f => f.Code.StartsWith("ABI05", StringComparison.Ordinal)).Select(f => $"{f.Code} {f.Span.File}: {f.Message}").Order(StringComparer.Ordinal)];

    /// <summary>A rendered fixture to damage: writes keep the file's mode (even read-only ones), deletes take folders whole.</summary>
    public sealed class Fixture(string root)
    {
        public string Root { get; } = root;

        private string At(string relative) => Path.Join(Root, relative);

        public void Put(string relative, string text)
        {
            var path = At(relative);
            var mode = File.GetUnixFileMode(path);
            File.SetUnixFileMode(path, mode | UnixFileMode.UserWrite);
            File.WriteAllText(path, text);
            File.SetUnixFileMode(path, mode);
        }

        public void Range(string mapping, ulong start, ulong end)
        {
            Put($"{mapping}/start", $"0x{start:x}\n");
            Put($"{mapping}/end", $"0x{end:x}\n");
        }

        public void Add(string relative, string text, string octalMode)
        {
            File.WriteAllText(At(relative), text);
            File.SetUnixFileMode(At(relative), (UnixFileMode)Convert.ToInt32(octalMode, 8));
        }

        public void Delete(string relative)
        {
            var path = At(relative);
            if (new FileInfo(path).LinkTarget is not null || File.Exists(path)) File.Delete(path);
            else Directory.Delete(path, recursive: true);
        }

        public void Mode(string relative, string octalMode) => File.SetUnixFileMode(At(relative), (UnixFileMode)Convert.ToInt32(octalMode, 8));

        public void Link(string relative, string target) => File.CreateSymbolicLink(At(relative), target);

        public void Manifest(Func<IEnumerable<string>, IEnumerable<string>> edit)
        {
            var path = At(FixtureRenderer.ManifestName);
            File.WriteAllLines(path, [.. edit(File.ReadAllLines(path))]);
        }

        /// <summary>Says, in the manifest, that the tree comes from another kernel.</summary>
        public void Kernel(string version) => Manifest(lines => lines.Select(l =>
            l.StartsWith(FixtureManifest.KernelPrefix, StringComparison.Ordinal) ? FixtureManifest.KernelPrefix + version : l));
    }
}
