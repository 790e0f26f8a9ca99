using AbiTool.Reference.Model;
using AbiTool.Reference.Scenarios;
using AbiTool.Reference.View;

namespace AbiTool.Tests;

/// <summary>Writes to attribute paths as model operations: new state, or the errno the kernel gives.</summary>
public class ModelWriteTests
{
    private static Errno? W(DaxSystem system, string path, string value) => AttributeWriter.Write(system, path, value).Error;

    private const string Region = "/sys/devices/platform/hmem.0/dax_region";

    [Fact]
    public void CreateSizeBindAndDeleteADevice()
    {
        var system = ScenarioLoader.LoadShipped("default");
        var region = system.Regions[0];
        Assert.Equal("dax0.2", region.Seed?.Name);
        Assert.Null(W(system, "/sys/bus/dax/devices/dax0.2/size", "0x40000000")); // 1 GiB, hex as kstrtoull reads it
        Assert.Equal(1UL << 30, region.Available);
        Assert.Null(W(system, "/sys/bus/dax/devices/dax0.2/../dax_region/create", "1"));
        Assert.Equal("dax0.3", region.Youngest?.Name);
        Assert.Equal("dax0.2", region.Seed?.Name); // the first unconfigured device stays the seed
        Assert.Equal(Errno.ENODEV, W(system, "/sys/bus/dax/drivers/device_dax/bind", "dax0.2")); // hmem devices are kmem's
        Assert.Null(W(system, "/sys/bus/dax/drivers/kmem/bind", "dax0.2"));
        Assert.Null(region.Seed); // a bound seed is no seed; the next one comes from 'create' writes only
        Assert.Equal(8, system.BlocksOf(region.Find("dax0.2")!).Count);
        Assert.Null(W(system, $"{Region}/delete", "dax0.3"));
        Assert.Null(region.Find("dax0.3"));
        Assert.Null(region.Youngest);
    }

    [Fact]
    public void ErrnosFollowTheKernel()
    {
        var system = ScenarioLoader.LoadShipped("default");
        Assert.Equal(Errno.EINVAL, W(system, "/sys/bus/dax/drivers/kmem/new_id", "dax0"));
        Assert.Equal(Errno.EINVAL, W(system, "/sys/bus/dax/drivers/kmem/new_id", "dax0.01"));
        Assert.Equal(Errno.ENXIO, W(system, "/sys/bus/dax/drivers/kmem/bind", "dax0.2")); // size 0
        Assert.Equal(Errno.ENODEV, W(system, "/sys/bus/dax/drivers/device_dax/bind", "dax0.2")); // not device_dax's
        Assert.Equal(Errno.ENODEV, W(system, "/sys/bus/dax/drivers/device_dax/bind", "dax9.9"));
        Assert.Equal(Errno.ENODEV, W(system, "/sys/bus/dax/drivers/device_dax/unbind", "dax0.0")); // bound to kmem
        Assert.Equal(Errno.EBUSY, W(system, "/sys/bus/dax/devices/dax0.0/size", "0")); // bound
        Assert.Equal(Errno.EINVAL, W(system, "/sys/bus/dax/devices/dax0.2/size", "4096")); // below 2 MiB steps
        Assert.Equal(Errno.EINVAL, W(system, "/sys/bus/dax/devices/dax0.2/size", "4G")); // not a number kstrtoull reads
        Assert.Equal(Errno.ENOSPC, W(system, "/sys/bus/dax/devices/dax0.2/size", $"{4UL << 30}")); // 2 GiB left
        Assert.Equal(Errno.EINVAL, W(system, "/sys/bus/dax/devices/dax0.2/align", "12345"));
        Assert.Equal(Errno.ENXIO, W(system, "/sys/bus/dax/devices/dax0.2/align", "big"));
        Assert.Equal(Errno.EOPNOTSUPP, W(system, "/sys/bus/dax/devices/dax0.2/memmap_on_memory", "1"));
        Assert.Equal(Errno.EINVAL, W(system, "/sys/bus/dax/devices/dax0.2/memmap_on_memory", "maybe"));
        Assert.Equal(Errno.EINVAL, W(system, $"{Region}/create", "2"));
        Assert.Equal(Errno.EBUSY, W(system, $"{Region}/delete", "dax0.0"));
        Assert.Equal(Errno.ENXIO, W(system, $"{Region}/delete", "dax7.7"));
        Assert.Equal(Errno.EACCES, W(system, "/sys/bus/dax/devices/dax0.0/target_node", "3"));
        Assert.Equal(Errno.ENOENT, W(system, "/sys/bus/dax/devices/dax0.0/nonsense", "1"));
        Assert.Equal(Errno.EINVAL, W(system, "/sys/devices/system/memory/auto_online_blocks", "sometimes"));
    }

    [Fact]
    public void MappingWritesPlaceRangesAndRefuseOverlaps()
    {
        var system = ScenarioLoader.LoadShipped("cxl-split");
        var region = system.Regions[0];
        Assert.Equal(Errno.ENOMEM, W(system, "/sys/bus/dax/devices/dax2.1/mapping", "0x2000000000-0x20001fffff")); // dax2.0's
        Assert.Equal(Errno.EINVAL, W(system, "/sys/bus/dax/devices/dax2.1/mapping", "nonsense"));
        Assert.Null(W(system, "/sys/bus/dax/devices/dax2.1/mapping", "2030000000-20301fffff"));
        var device = system.FindDevice("dax2.1")!;
        Assert.Equal(2, device.Mappings.Count);
        Assert.Equal((256UL << 20) / DaxSystem.PageSize, device.Mappings[1].PageOffset);
        Assert.Null(W(system, "/sys/bus/dax/devices/dax2.1/mapping", "2040000000-2040000fff")); // 4 KiB: accepted, ignored
        Assert.Equal(2, device.Mappings.Count);
        Assert.Equal(region.Size - (768UL << 20) - (2UL << 20), region.Available);
        // Shrinking hands back the range added last.
        Assert.Null(W(system, "/sys/bus/dax/devices/dax2.1/size", $"{256UL << 20}"));
        Assert.Single(device.Mappings);
    }

    [Fact]
    public void GrowingExtendsTheLastRangeWhenTheGapFollowsIt()
    {
        var system = ScenarioLoader.LoadShipped("default");
        var device = system.FindDevice("dax0.1")!;
        Assert.Null(W(system, "/sys/bus/dax/drivers/device_dax/unbind", "dax0.1"));
        Assert.Null(W(system, "/sys/bus/dax/devices/dax0.1/size", $"{3UL << 30}"));
        Assert.Equal((3UL << 30), Assert.Single(device.Mappings).Range.Length);
    }
}
