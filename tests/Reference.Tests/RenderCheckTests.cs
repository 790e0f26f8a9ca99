using AbiTool.DaxValues;
using AbiTool.Reference.Scenarios;
using AbiTool.Sysfs;
using static AbiTool.Tests.FixtureHelpers;

namespace AbiTool.Tests;

/// <summary>Every shipped scenario renders to a tree that checks clean; each kind of damage to it is reported.</summary>
public class RenderCheckTests
{
    public static TheoryData<string> Scenarios() => [.. ScenarioLoader.Shipped()];

    [Fact]
    public void SeveralScenariosShip() => Assert.True(ScenarioLoader.Shipped().Count >= 4, string.Join(",", ScenarioLoader.Shipped()));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void RenderedScenarioChecksClean(string scenario)
    {
        using var temp = new TempTree();
        var fixture = Render(temp, ScenarioLoader.LoadShipped(scenario));
        var findings = Check(fixture);
        Assert.True(findings.Count == 0, Show(findings));
    }

    [Fact]
    public void FilesHaveTheKernelsModesValuesAndLinks()
    {
        using var temp = new TempTree();
        var sys = Path.Join(Render(temp, ScenarioLoader.LoadShipped("default")), "sys");
        var device = Path.Join(sys, "devices/platform/hmem.0/dax0.0");
        Assert.Equal("4294967296\n", File.ReadAllText(Path.Join(device, "size")));
        Assert.Equal("0x240000000\n", File.ReadAllText(Path.Join(device, "resource")));
        Assert.Equal("0x0\n", File.ReadAllText(Path.Join(device, "mapping0/page_offset")));
        Assert.Equal((UnixFileMode)0x100, File.GetUnixFileMode(Path.Join(device, "resource"))); // 0400
        Assert.Equal((UnixFileMode)0x80, File.GetUnixFileMode(Path.Join(device, "mapping"))); // 0200
        Assert.Equal("../../../devices/platform/hmem.0/dax0.0", new FileInfo(Path.Join(sys, "bus/dax/devices/dax0.0")).LinkTarget);
        Assert.Equal("../../../../bus/dax/drivers/kmem", new FileInfo(Path.Join(device, "driver")).LinkTarget);
        Assert.Equal("../../devices/platform/hmem.0/dax0.0", new FileInfo(Path.Join(sys, "dev/char/252:0")).LinkTarget);
        Assert.Equal("2147483648\n", File.ReadAllText(Path.Join(sys, "devices/platform/hmem.0/dax_region/available_size")));
        Assert.Equal("dax0.2\n", File.ReadAllText(Path.Join(sys, "devices/platform/hmem.0/dax_region/seed")));
        Assert.Equal("0-1\n", File.ReadAllText(Path.Join(sys, "devices/system/node/online")));
        Assert.Equal("00000048\n", File.ReadAllText(Path.Join(sys, "devices/system/memory/memory72/phys_index")));
        Assert.Equal("Movable\n", File.ReadAllText(Path.Join(sys, "devices/system/memory/memory72/valid_zones")));
        Assert.Equal(32, Directory.GetFileSystemEntries(Path.Join(sys, "devices/system/node/node1"), "memory*").Length);
    }

    [Fact]
    public void StaticRegionsHaveReadOnlySizeAndNoDynamicFiles()
    {
        using var temp = new TempTree();
        var sys = Path.Join(Render(temp, ScenarioLoader.LoadShipped("pmem-devdax")), "sys");
        var parent = Path.Join(sys, "devices/platform/e820_pmem/ndbus0/region1/dax1.0");
        Assert.Equal((UnixFileMode)0x124, File.GetUnixFileMode(Path.Join(parent, "dax1.0/size"))); // 0444
        Assert.False(File.Exists(Path.Join(parent, "dax1.0/mapping")));
        Assert.False(File.Exists(Path.Join(parent, "dax_region/create")));
        Assert.Equal("1073741824\n", File.ReadAllText(Path.Join(parent, "dax1.0/align")));
    }

    private static List<AbiTool.Diagnostics.Diagnostic> Mutated(Action<string> damage)
    {
        using var temp = new TempTree();
        var fixture = Render(temp, ScenarioLoader.LoadShipped("default"));
        damage(Path.Join(fixture, "sys", "devices/platform/hmem.0"));
        return Check(fixture);
    }

    [Fact]
    public void RemovedAttributeIsReported()
    {
        var findings = Mutated(region => File.Delete(Path.Join(region, "dax0.1/size")));
        var finding = Assert.Single(findings, f => f.Code == DaxValueCodes.MissingAttribute.Code);
        Assert.Equal("/sys/devices/platform/hmem.0/dax0.1/size", finding.Span.File);
    }

    [Fact]
    public void ChangedModeIsReported()
    {
        var findings = Mutated(region => File.SetUnixFileMode(Path.Join(region, "dax0.0/target_node"), (UnixFileMode)0x1A4)); // 0644
        Assert.Contains(findings, f => f.Code == DaxValueCodes.ModeDiffers.Code && f.Span.File.EndsWith("dax0.0/target_node", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == SysfsCodes.ModeMismatch.Code); // the docs say (RO) too
    }

    [Fact]
    public void UndocumentedFileIsReported()
    {
        var findings = Mutated(region => File.WriteAllText(Path.Join(region, "dax0.0/hotness"), "7\n"));
        var finding = Assert.Single(findings);
        Assert.Equal(SysfsCodes.Undocumented.Code, finding.Code);
        Assert.Equal("/sys/devices/platform/hmem.0/dax0.0/hotness", finding.Span.File);
    }

    [Fact]
    public void SizeThatIsNotTheSumOfMappingsIsReported()
    {
        var findings = Mutated(region => File.WriteAllText(Path.Join(region, "dax0.1/size"), "1073741824\n"));
        Assert.Contains(findings, f => f.Code == DaxValueCodes.SizeNotSum.Code && f.Message.Contains("2147483648", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == DaxValueCodes.AvailableSize.Code);
    }

    [Fact]
    public void BrokenValuesAndInvariantsAreReported()
    {
        var findings = Mutated(region =>
        {
            File.WriteAllText(Path.Join(region, "dax0.0/resource"), "0x250000000\n");
            File.WriteAllText(Path.Join(region, "dax0.1/align"), "two megabytes\n");
            File.WriteAllText(Path.Join(region, "dax0.1/mapping0/start"), "0x340000001\n");
        });
        Assert.Contains(findings, f => f.Code == DaxValueCodes.ResourceNotFirst.Code && f.Span.File.EndsWith("dax0.0/resource", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == DaxValueCodes.BadValue.Code && f.Span.File.EndsWith("dax0.1/align", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == DaxValueCodes.SizeNotSum.Code && f.Span.File.EndsWith("dax0.1/size", StringComparison.Ordinal));
    }

    [Fact]
    public void KmemDeviceWithOfflineTargetNodeIsReported()
    {
        var findings = Mutated(region => File.WriteAllText(Path.Join(region, "../../system/node/online"), "0\n"));
        var finding = Assert.Single(findings, f => f.Code == DaxValueCodes.TargetNodeOffline.Code);
        Assert.Contains("dax0.0", finding.Message, StringComparison.Ordinal);
    }
}
