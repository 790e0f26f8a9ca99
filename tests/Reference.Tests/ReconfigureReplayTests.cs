using AbiTool.Reference.Model;
using AbiTool.Reference.Scenarios;
using AbiTool.Reference.View;
using static AbiTool.Tests.FixtureHelpers;

namespace AbiTool.Tests;

/// <summary>
/// The writes a real "daxctl reconfigure-device dax0.0 --mode=system-ram" makes (ndctl 76.1, seen with strace against
/// a rendered fixture), replayed as model writes: remove_id and unbind through the device's driver link, new_id and
/// bind on kmem, then "online_movable" to each block's state through the node's memory links.
/// </summary>
public class ReconfigureReplayTests
{
    private static void Ok(DaxSystem system, string path, string value) =>
        Assert.True(AttributeWriter.Write(system, path, value).Succeeded, $"{path} <- {value}: {AttributeWriter.Write(system, path, value)}");

    [Fact]
    public void DevdaxToSystemRamThenBlocksOnline()
    {
        var system = ScenarioLoader.LoadShipped("hmem-devdax");
        var device = system.FindDevice("dax0.0")!;
        Assert.Equal(DaxDriver.DeviceDax, device.Driver?.Name);

        // daxctl writes the name with its NUL terminator.
        Ok(system, "/sys/devices/platform/hmem.0/dax0.0/driver/remove_id", "dax0.0\0");
        Ok(system, "/sys/devices/platform/hmem.0/dax0.0/driver/unbind", "dax0.0\0");
        Assert.Null(device.Driver);
        Assert.DoesNotContain("dax0.0", system.Drivers[DaxDriver.DeviceDax].Ids);
        Ok(system, "/sys/bus/dax/drivers/kmem/new_id", "dax0.0\0");
        Assert.Equal(DaxDriver.Kmem, device.Driver?.Name); // new_id attaches an unbound device it now matches
        Assert.Equal(Errno.EBUSY, AttributeWriter.Write(system, "/sys/bus/dax/drivers/kmem/bind", "dax0.0\0").Error);

        var blocks = system.BlocksOf(device);
        Assert.Equal(32, blocks.Count); // 4 GiB in 128 MiB blocks
        Assert.All(blocks, b => Assert.False(system.Blocks[b].Online));
        foreach (var block in blocks) Ok(system, $"/sys/devices/system/node/node1/memory{block}/state", "online_movable\0");

        using var temp = new TempTree();
        var fixture = Render(temp, system);
        var findings = Check(fixture);
        Assert.True(findings.Count == 0, Show(findings));
        var sys = Path.Join(fixture, "sys");
        Assert.Equal("../../../../bus/dax/drivers/kmem", new FileInfo(Path.Join(sys, "devices/platform/hmem.0/dax0.0/driver")).LinkTarget);
        Assert.Equal("0-1\n", File.ReadAllText(Path.Join(sys, "devices/system/node/online")));
        foreach (var block in blocks)
        {
            Assert.Equal("online\n", File.ReadAllText(Path.Join(sys, $"devices/system/memory/memory{block}/state")));
            Assert.Equal("Movable\n", File.ReadAllText(Path.Join(sys, $"devices/system/memory/memory{block}/valid_zones")));
        }
    }

    [Fact]
    public void BindOnKmemWhenNewIdDidNotAttach()
    {
        // A pmem device is not kmem's by type: new_id adds the name, and the bind that follows does the work.
        var system = ScenarioLoader.LoadShipped("pmem-devdax");
        Ok(system, "/sys/bus/dax/devices/dax1.0/driver/unbind", "dax1.0");
        Assert.Equal(Errno.ENODEV, AttributeWriter.Write(system, "/sys/bus/dax/drivers/kmem/bind", "dax1.0").Error);
        system.Drivers[DaxDriver.DeviceDax].Ids.Clear();
        Ok(system, "/sys/bus/dax/drivers/kmem/new_id", "dax1.0\n");
        Assert.Equal(DaxDriver.Kmem, system.FindDevice("dax1.0")!.Driver?.Name);
        Assert.Equal(128, system.BlocksOf(system.FindDevice("dax1.0")!).Count); // 16 GiB in 128 MiB blocks
        Assert.True(system.IsOnline(0));
    }

    /// <summary>
    /// kmem's remove hot-removes each mapping's range with one call, which fails as a whole while any block of the
    /// range is online: the range's offline blocks stay with it, and only ranges with every block offline go.
    /// </summary>
    [Fact]
    public void UnbindingKmemKeepsEveryBlockOfARangeThatHasOneOnline()
    {
        var system = ScenarioLoader.LoadShipped("cxl-split");
        var device = system.FindDevice("dax2.0")!;
        var blocks = system.BlocksOf(device).ToList();
        Assert.Equal([1024UL, 1025, 1028, 1029], blocks);
        Ok(system, "/sys/devices/system/memory/memory1024/state", "online");
        Assert.Equal(Errno.EINVAL, AttributeWriter.Write(system, "/sys/devices/system/memory/memory1024/state", "online").Error);
        Ok(system, "/sys/bus/dax/drivers/kmem/unbind", "dax2.0");
        Assert.Equal([1024UL, 1025], system.Blocks.Keys.ToList()); // mapping0 stays whole, mapping1 is gone
        Assert.False(system.Blocks[1025].Online);
        Assert.True(system.IsOnline(2)); // the blocks that could not be removed keep the node online
        Assert.Null(device.Driver); // the unbind itself succeeds
        // The range is still taken, so kmem cannot bind the device again until the next boot.
        Assert.Equal(Errno.EBUSY, AttributeWriter.Write(system, "/sys/bus/dax/drivers/kmem/bind", "dax2.0").Error);
    }
}

/// <summary>The model's v6.1 behaviour, for comparison with v6.12.</summary>
public class OlderKernelTests
{
    [Fact]
    public void OnSixOneDeviceDaxMatchesEverythingAndKmemOnlyItsIds()
    {
        var system = ScenarioLoader.LoadShipped("hmem-6.1");
        Assert.True(system.LegacyMatching);
        var device = system.FindDevice("dax3.0")!;
        Assert.True(AttributeWriter.Write(system, "/sys/bus/dax/drivers/device_dax/unbind", "dax3.0").Succeeded);
        Assert.Equal(Errno.ENODEV, AttributeWriter.Write(system, "/sys/bus/dax/drivers/kmem/bind", "dax3.0").Error);
        Assert.Equal(Errno.ENOENT, AttributeWriter.Write(system, "/sys/bus/dax/devices/dax3.0/memmap_on_memory", "0").Error);
        Assert.True(AttributeWriter.Write(system, "/sys/bus/dax/drivers/device_dax/bind", "dax3.0").Succeeded);
        Assert.Equal(DaxDriver.DeviceDax, device.Driver?.Name);

        var current = ScenarioLoader.LoadShipped("hmem-devdax"); // v6.12: device_dax holds its hmem device only by new_id
        Assert.True(AttributeWriter.Write(current, "/sys/bus/dax/drivers/device_dax/unbind", "dax0.0").Succeeded);
        current.Drivers[DaxDriver.DeviceDax].Ids.Clear();
        Assert.Equal(Errno.ENODEV, AttributeWriter.Write(current, "/sys/bus/dax/drivers/device_dax/bind", "dax0.0").Error);
    }

    [Fact]
    public void CxlDevicesStartWithMemmapOnMemory()
    {
        var system = ScenarioLoader.LoadShipped("cxl-split");
        Assert.True(system.FindDevice("dax2.1")!.MemmapOnMemory);
        Assert.False(ScenarioLoader.LoadShipped("default").FindDevice("dax0.1")!.MemmapOnMemory);
    }
}
