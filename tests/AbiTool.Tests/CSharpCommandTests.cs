using System.Text.Json;
using AbiTool.Cli;

namespace AbiTool.Tests;

/// <summary>`abi index`, `abi scan-cs` and `abi surface` end to end, in process.</summary>
public class CSharpCommandTests
{
    private static readonly string ScanFixture = Path.Join(TestPaths.RepoRoot, "tests", "CSharpScan.Tests", "Fixtures", "ScanCs", "App");

    private static (int Code, string Out, string Err) Run(params string[] args) => CliTests.Run(args);

    [Fact]
    public void IndexWritesOneLinePerPathWhat()
    {
        using var tree = new TempTree();
        var output = Path.Join(tree.Root, "abi.index");
        var (code, _, err) = Run("index", "--dir", Path.Join(TestPaths.RepoRoot, "abi"), "--output", output);
        Assert.Equal(0, code);
        Assert.Empty(err);
        var lines = File.ReadAllLines(output);
        Assert.Equal("# abi-index 1", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("testing\t/sys/bus/dax/devices/daxX.Y/size\t", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Equal(11, l.Split('\t').Length));
    }

    [Fact]
    public void ScanCsReportsAsJsonAndFailsOnTheWarnings()
    {
        var (code, output, _) = Run("scan-cs", ScanFixture, "--format", "json");
        Assert.Equal(AbiCli.Findings, code);
        using var json = JsonDocument.Parse(output);
        var codes = output.Split('"').Where(s => s.StartsWith("ABI06", StringComparison.Ordinal) && s.Length == 7).ToList();
        Assert.Contains("ABI0601", codes);
        Assert.Contains("ABI0603", codes);
        Assert.DoesNotContain("ABI0602", codes); // the embedded docs have no removed entry
        // Only infos are left when the obsolete code is silenced: exit 0 at the default --fail-on warning.
        Assert.Equal(AbiCli.Clean, Run("scan-cs", ScanFixture, "--severity", "ABI0601=none").Code);
    }

    [Fact]
    public void ScanCsSarifNamesTheRules()
    {
        var (_, output, _) = Run("scan-cs", ScanFixture, "--format", "sarif");
        using var sarif = JsonDocument.Parse(output);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Contains(results.EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "ABI0601");
    }

    [Fact]
    public void SurfaceOfTheReferenceImplementationIsClean()
    {
        var (code, output, _) = Run("surface", Path.Join(TestPaths.RepoRoot, "src", "Reference"), "--dir", Path.Join(TestPaths.RepoRoot, "abi"));
        Assert.Equal(0, code);
        Assert.Matches(@"^0 errors, 0 warnings, 0 infos in \d+ declarations in ", output.Trim());
    }

    [Fact]
    public void MissingSourceIsAOneLineError()
    {
        var (code, _, err) = Run("scan-cs", "/nonexistent/project");
        Assert.Equal(AbiCli.UsageError, code);
        Assert.Equal("abi: /nonexistent/project: no such file or folder", err.Trim());
    }
}
