using AbiTool.Reference.Model;
using AbiTool.Reference.Scenarios;
using AbiTool.Reference.View;
using static AbiTool.Tests.FixtureHelpers;

namespace AbiTool.Tests;

/// <summary>Where the model follows the kernel's drivers/dax closely: each test says what the kernel does, and where.</summary>
public class KernelBehaviourTests
{
    private static Errno? W(DaxSystem system, string path, string value) => AttributeWriter.Write(system, path, value).Error;

    private const string Region = "/sys/devices/platform/hmem.0/dax_region";

    private static DaxSystem Load(string json) => ScenarioLoader.Load(json, "test.json");

    private const string Nodes = """ "nodes": [ { "id": 0, "cpus": "0-1", "memory": "4G" }, { "id": 1, "cpus": "" } ] """;

    private static string Content(DaxSystem system, string path) => SysfsView.Of(system).Entries.Single(e => e.Path == path).Content!;

    /// <summary>
    /// Only create_store sets the seed, and only when there is none; the bus probe clears it once the seed is bound;
    /// the device a region starts with is made by the region's driver, not by create, so it is never the seed.
    /// </summary>
    [Fact]
    public void SeedComesOnlyFromCreateAndGoesAtTheFirstBind()
    {
        var system = Load($$"""{ {{Nodes}}, "regions": [ { "id": 0, "kind": "hmem", "start": "0x240000000", "size": "4G", "targetNode": 1, "devices": [ { "id": 0, "size": "1G" } ] } ] }""");
        var region = system.Regions[0];
        Assert.Null(region.Seed);
        Assert.Equal("\n", Content(system, $"{Region}/seed"));
        Assert.Equal("\n", Content(system, $"{Region}/create"));
        Assert.Null(W(system, $"{Region}/create", "1"));
        Assert.Null(W(system, $"{Region}/create", "1"));
        Assert.Equal("dax0.1", region.Seed?.Name); // the first created device stays the seed
        Assert.Equal("dax0.2\n", Content(system, $"{Region}/create")); // create reads the youngest
        Assert.Null(W(system, "/sys/bus/dax/devices/dax0.1/size", $"{1UL << 30}"));
        Assert.Equal("dax0.1", region.Seed?.Name); // sized, not yet bound: still the seed
        Assert.Null(W(system, "/sys/bus/dax/drivers/kmem/bind", "dax0.1"));
        Assert.Null(region.Seed); // dax0.2 waits too, but only the next create makes a seed
        Assert.Null(W(system, $"{Region}/create", "1"));
        Assert.Equal("dax0.3", region.Seed?.Name);
    }

    /// <summary>A scenario is a state: its devices other than 0 were made by create, so create names the last of them.</summary>
    [Fact]
    public void AfterLoadingCreateNamesTheYoungestAndSeedTheFirstUnboundCreated()
    {
        var system = ScenarioLoader.LoadShipped("default");
        Assert.Equal("dax0.2\n", Content(system, $"{Region}/create"));
        Assert.Equal("dax0.2\n", Content(system, $"{Region}/seed")); // dax0.1 was bound, so it is no longer the seed
        var fresh = ScenarioLoader.LoadShipped("hmem-devdax");
        Assert.Null(fresh.Regions[0].Seed); // dax0.0 is the region's own device
        Assert.Null(fresh.Regions[0].Youngest);
    }

    /// <summary>memmap_on_memory_store parses with kstrtobool, which looks at the first character (and the second after 'o').</summary>
    [Theory]
    [InlineData("1", true)]
    [InlineData("y", true)]
    [InlineData("Yes", true)]
    [InlineData("true", true)]
    [InlineData("on\n", true)]
    [InlineData("0", false)]
    [InlineData("N", false)]
    [InlineData("off", false)]
    [InlineData("false", false)]
    [InlineData("enable", null)]
    [InlineData("e", null)]
    [InlineData("o", null)]
    [InlineData("", null)]
    public void MemmapOnMemoryTakesKstrtoboolWords(string written, bool? read)
    {
        var system = Load($$"""{ {{Nodes}}, "memmapOnMemorySupported": true, "regions": [ { "id": 0, "kind": "hmem", "start": "0x240000000", "size": "4G", "targetNode": 1, "devices": [ { "id": 0, "size": "1G" } ] } ] }""");
        var device = system.FindDevice("dax0.0")!;
        device.MemmapOnMemory = read != true; // so an accepted write must change it
        var error = W(system, "/sys/bus/dax/devices/dax0.0/memmap_on_memory", written);
        if (read is null)
        {
            Assert.Equal(Errno.EINVAL, error);
            return;
        }
        Assert.Null(error);
        Assert.Equal(read, device.MemmapOnMemory);
    }

    /// <summary>
    /// hmem's region_idle leaves the region without the kmem flag, so dax_match_type sends its devices to device_dax,
    /// and dax_hmem_probe makes the first device with size 0 for an administrator to carve up.
    /// </summary>
    [Fact]
    public void IdleHmemRegionStartsEmptyAndBelongsToDeviceDax()
    {
        var system = Load($$"""{ {{Nodes}}, "regions": [ { "id": 0, "kind": "hmem", "start": "0x240000000", "size": "4G", "targetNode": 1, "idle": true } ] }""");
        var device = system.FindDevice("dax0.0")!;
        Assert.Equal(0UL, device.Size);
        Assert.Null(system.Regions[0].Seed);
        Assert.Equal(Errno.ENXIO, W(system, "/sys/bus/dax/drivers/device_dax/bind", "dax0.0")); // size 0: the bus probe refuses
        Assert.Null(W(system, "/sys/bus/dax/devices/dax0.0/size", $"{2UL << 30}"));
        Assert.Equal(Errno.ENODEV, W(system, "/sys/bus/dax/drivers/kmem/bind", "dax0.0"));
        Assert.Null(W(system, "/sys/bus/dax/drivers/device_dax/bind", "dax0.0"));
        var error = Assert.Throws<AbiTool.Sources.AbiInputException>(() => Load($$"""{ {{Nodes}}, "regions": [ { "id": 0, "kind": "cxl", "start": "0x240000000", "size": "4G", "targetNode": 1, "idle": true } ] }"""));
        Assert.Contains("only hmem regions can be idle", error.Message, StringComparison.Ordinal);
    }

    /// <summary>size_store and align_store take the region lock and fail with ENXIO while the region's parent has no driver.</summary>
    [Fact]
    public void SizeAndAlignFailWithEnxioWhenTheRegionsParentHasNoDriver()
    {
        var system = ScenarioLoader.LoadShipped("default");
        system.Regions[0].ParentHasDriver = false;
        Assert.Equal(Errno.EINVAL, W(system, "/sys/bus/dax/devices/dax0.2/size", "4096")); // alignment is checked first
        Assert.Equal(Errno.ENXIO, W(system, "/sys/bus/dax/devices/dax0.2/size", $"{1UL << 30}"));
        Assert.Equal(Errno.EINVAL, W(system, "/sys/bus/dax/devices/dax0.2/align", "12345")); // so is a value no kernel allows
        Assert.Equal(Errno.ENXIO, W(system, "/sys/bus/dax/devices/dax0.2/align", "4096"));
        system.Regions[0].ParentHasDriver = true;
        Assert.Null(W(system, "/sys/bus/dax/devices/dax0.2/size", $"{1UL << 30}"));
    }

    /// <summary>Without CONFIG_DEV_DAX_KMEM there is no kmem driver, and dax_match_type sends every device to device_dax.</summary>
    [Fact]
    public void KernelWithoutKmemGivesEveryDeviceToDeviceDax()
    {
        const string Regions = """ "regions": [ { "id": 0, "kind": "hmem", "start": "0x240000000", "size": "4G", "targetNode": 1 } ] """;
        var system = Load($$"""{ {{Nodes}}, "kmem": false, {{Regions}}, "bindings": [ { "device": "dax0.0", "driver": "device_dax" } ] }""");
        Assert.False(system.HasKmem);
        Assert.DoesNotContain(SysfsView.Of(system).Entries, e => e.Path.StartsWith("/sys/bus/dax/drivers/kmem", StringComparison.Ordinal));
        Assert.Equal(Errno.ENOENT, W(system, "/sys/bus/dax/drivers/kmem/new_id", "dax0.0"));
        var error = Assert.Throws<AbiTool.Sources.AbiInputException>(() =>
            Load($$"""{ {{Nodes}}, "kmem": false, {{Regions}}, "bindings": [ { "device": "dax0.0", "driver": "kmem" } ] }"""));
        Assert.Equal("test.json: bindings[0].driver: this scenario's kernel has no kmem driver (\"kmem\": false)", error.Message);
        using var temp = new TempTree();
        var findings = Check(Render(temp, system));
        Assert.True(findings.Count == 0, Show(findings));
    }

    /// <summary>From v6.3 dax_match_type keeps hmem devices for kmem: device_dax takes one only by name (new_id).</summary>
    [Fact]
    public void ScenarioBindingThatTheBusWouldNotMatchIsRefused()
    {
        var error = Assert.Throws<AbiTool.Sources.AbiInputException>(() => Load($$"""{ {{Nodes}}, "regions": [ { "id": 0, "kind": "hmem", "start": "0x240000000", "size": "4G", "targetNode": 1 } ], "bindings": [ { "device": "dax0.0", "driver": "device_dax" } ] }"""));
        Assert.Equal("test.json: bindings[0]: device_dax cannot bind dax0.0: ENODEV (dax0.0 is kmem's by its region's type; give its name to device_dax's new_id first)",
            error.Message);
    }

    /// <summary>The driver core's files as a v6.12 tree has them.</summary>
    [Fact]
    public void DriverCoreFilesAreRendered()
    {
        using var temp = new TempTree();
        var sys = Path.Join(Render(temp, ScenarioLoader.LoadShipped("default")), "sys");
        var device = Path.Join(sys, "devices/platform/hmem.0/dax0.0");
        Assert.Equal("MAJOR=252\nMINOR=0\nDEVNAME=dax0.0\nDRIVER=kmem\nMODALIAS=dax:t0\n", File.ReadAllText(Path.Join(device, "uevent")));
        Assert.Equal("", File.ReadAllText(Path.Join(device, "mapping0/uevent")));
        Assert.Equal("auto\n", File.ReadAllText(Path.Join(device, "power/control")));
        Assert.Equal("unsupported\n", File.ReadAllText(Path.Join(device, "power/runtime_status")));
        Assert.Equal("1\n", File.ReadAllText(Path.Join(sys, "bus/dax/drivers_autoprobe")));
        Assert.Equal((UnixFileMode)0x80, File.GetUnixFileMode(Path.Join(sys, "bus/dax/drivers_probe"))); // 0200
        Assert.Equal("../../../../module/kmem", new FileInfo(Path.Join(sys, "bus/dax/drivers/kmem/module")).LinkTarget);
        Assert.Equal("live\n", File.ReadAllText(Path.Join(sys, "module/kmem/initstate")));
        Assert.Equal("../../../bus/dax/drivers/device_dax", new FileInfo(Path.Join(sys, "module/device_dax/drivers/dax:device_dax")).LinkTarget);

        using var compat = new TempTree();
        var classDevice = Path.Join(Render(compat, ScenarioLoader.LoadShipped("class-compat")), "sys/devices/platform/e820_pmem/ndbus0/region0/dax0.0/dax/dax0.0");
        Assert.Equal("../../../../../../../../class/dax", new FileInfo(Path.Join(classDevice, "subsystem")).LinkTarget);
        Assert.Equal("MAJOR=252\nMINOR=0\nDEVNAME=dax0.0\n", File.ReadAllText(Path.Join(classDevice, "uevent")));
    }

    /// <summary>--kernel wins over the fixture's manifest, which wins over nothing.</summary>
    [Fact]
    public void TheKernelComesFromTheOptionThenTheManifest()
    {
        using var temp = new TempTree();
        var fixture = Render(temp, ScenarioLoader.LoadShipped("hmem-6.1"));
        var tree = AbiTool.Sysfs.SysfsTreeReader.Read(Path.Join(fixture, "sys"));
        Assert.Equal(new Version(6, 1), AbiTool.Reference.Values.TreeFiles.Options(tree).Kernel);
        Assert.Equal(new Version(6, 12), AbiTool.Reference.Values.TreeFiles.Options(tree, new Version(6, 12)).Kernel);
        Assert.Equal(new Version(6, 1), AbiTool.Reference.Values.KernelVersion.Parse("v6.1"));
        Assert.Throws<AbiTool.Sources.AbiInputException>(() => AbiTool.Reference.Values.KernelVersion.Parse("six"));
    }
}
