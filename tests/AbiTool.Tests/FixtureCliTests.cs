using AbiTool.Cli;
using static AbiTool.Tests.CliTests;

namespace AbiTool.Tests;

/// <summary><c>abi fixture dax</c> and <c>abi check --values</c> end to end, in process.</summary>
public class FixtureCliTests
{
    [Fact]
    public void DefaultFixtureChecksCleanWithValues()
    {
        using var temp = new TempTree();
        var outDir = Path.Join(temp.Root, "fx");
        var (code, output, error) = Run("fixture", "dax", "--out", outDir);
        Assert.True(code == 0, error);
        Assert.Contains("3 character devices", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Join(outDir, "sys/devices/platform/hmem.0/dax_region/size")));
        Assert.Contains("/dev/dax0.1", File.ReadAllText(Path.Join(outDir, "dev.manifest")), StringComparison.Ordinal);

        var check = Run("check", "--sysfs", Path.Join(outDir, "sys"), "--dir", Path.Join(TestPaths.RepoRoot, "abi"), "--values", "--severity", "ABI0208=none");
        Assert.True(check.Code == 0, check.Out + check.Err);
        Assert.StartsWith("0 errors, 0 warnings, 0 infos", check.Out.Trim(), StringComparison.Ordinal);

        File.WriteAllText(Path.Join(outDir, "sys/devices/platform/hmem.0/dax0.1/size"), "4096\n");
        var broken = Run("check", "--sysfs", Path.Join(outDir, "sys"), "--values", "--severity", "ABI0208=none", "--format", "json");
        Assert.Equal(AbiCli.Findings, broken.Code);
        Assert.Contains("ABI0504", broken.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedScenarioByNameAndFile()
    {
        using var temp = new TempTree();
        Assert.Equal(0, Run("fixture", "dax", "--scenario", "pmem-devdax", "--out", Path.Join(temp.Root, "a")).Code);
        Assert.True(Directory.Exists(Path.Join(temp.Root, "a/sys/devices/platform/e820_pmem/ndbus0/region1/dax1.0/dax1.0")));
        var file = Path.Join(TestPaths.RepoRoot, "scenarios/dax/cxl-split.json");
        Assert.Equal(0, Run("fixture", "dax", "--scenario", file, "--out", Path.Join(temp.Root, "b")).Code);
        Assert.True(Directory.Exists(Path.Join(temp.Root, "b/sys/devices/system/memory/memory1029")));
    }

    [Fact]
    public void BadScenarioIsOneLineAndWritesNothing()
    {
        using var temp = new TempTree();
        var scenario = temp.Write("bad.json", """{ "regions": [ { "id": 0, "start": "0x1000000000", "size": "1G", "devices": [ { "size": "2G" } ] } ] }""");
        var outDir = Path.Join(temp.Root, "out");
        AssertOneLineError(Run("fixture", "dax", "--scenario", scenario, "--out", outDir), "bad.json: regions[0].devices[0].size");
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void NonEmptyOutputFolderIsRefused()
    {
        using var temp = new TempTree();
        temp.Write("out/keep.txt", "mine");
        AssertOneLineError(Run("fixture", "dax", "--out", Path.Join(temp.Root, "out")), "is not empty");
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(Path.Join(temp.Root, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void MissingScenarioFileIsOneLine()
    {
        using var temp = new TempTree();
        AssertOneLineError(Run("fixture", "dax", "--scenario", Path.Join(temp.Root, "nope.json"), "--out", Path.Join(temp.Root, "o")), "nope.json");
    }
}
