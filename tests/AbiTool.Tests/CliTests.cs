using System.Text.Json;
using AbiTool.Cli;
using AbiTool.Cli.Input;

namespace AbiTool.Tests;

/// <summary>The `abi` command line end to end, in process: exit codes, outputs, and bad input.</summary>
public class CliTests
{
    private const string Entry = "What:\t\t/sys/class/foo/bar\nDate:\t\tMarch 2021\nKernelVersion:\t5.12\nContact:\tfoo@example.org\nDescription:\n\t\tThe bar.\n";

    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = AbiCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    internal static void AssertOneLineError((int Code, string Out, string Err) result, string expected)
    {
        Assert.Equal(AbiCli.UsageError, result.Code);
        var line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("abi: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public void ValidateCleanTreeExitsZero()
    {
        using var tree = new TempTree();
        tree.Write("stable/sysfs-class-foo", Entry);
        var (code, output, _) = Run("validate", "--dir", tree.Root);
        Assert.Equal(0, code);
        Assert.Equal($"0 errors, 0 warnings, 0 infos in 1 file, 1 entry of {tree.Root}", output.Trim());
    }

    [Fact]
    public void ValidateFindingsExitOneAndNameFileAndLine()
    {
        using var tree = new TempTree();
        tree.Write("stable/sysfs-class-foo", Entry.Replace("Date:\t\tMarch 2021\n", ""));
        var (code, output, _) = Run("validate", "--dir", tree.Root);
        Assert.Equal(1, code);
        Assert.Contains($"{Path.Join(tree.Root, "stable/sysfs-class-foo")}:1:8: warning: [ABI0002]", output);
    }

    [Fact]
    public void FailOnAndSeverityDecideTheExitCode()
    {
        using var tree = new TempTree();
        tree.Write("stable/sysfs-class-foo", Entry.Replace("Date:\t\tMarch 2021\n", ""));
        Assert.Equal(0, Run("validate", "--dir", tree.Root, "--fail-on", "error").Code);
        Assert.Equal(0, Run("validate", "--dir", tree.Root, "--severity", "ABI0002=info").Code);
        Assert.Equal(1, Run("validate", "--dir", tree.Root, "--severity", "ABI0002=error", "--fail-on", "error").Code);
        var (_, output, _) = Run("validate", "--dir", tree.Root, "--severity", "ABI0002=none");
        Assert.DoesNotContain("ABI0002", output);
    }

    [Fact]
    public void BaselineReportsOnlyNewFindings()
    {
        using var tree = new TempTree();
        var file = tree.Write("abi/stable/sysfs-class-foo", Entry.Replace("Date:\t\tMarch 2021\n", ""));
        var baseline = Path.Join(tree.Root, "baseline.json");
        var dir = Path.Join(tree.Root, "abi");

        var first = Run("validate", "--dir", dir, "--baseline", baseline);
        Assert.Equal(0, first.Code);
        Assert.Contains("wrote 1 accepted findings", first.Err);
        Assert.True(File.Exists(baseline));

        // Lines move (a blank line above) and a new entry with a new problem appears.
        File.WriteAllText(file, "\n" + File.ReadAllText(file) + "\n" + Entry.Replace("/bar", "/baz").Replace("Contact:\tfoo@example.org\n", ""));
        var (code, output, _) = Run("validate", "--dir", dir, "--baseline", baseline);
        Assert.Equal(1, code);
        Assert.Contains("[ABI0004]", output);
        Assert.DoesNotContain("[ABI0002]", output);
        Assert.Contains("(1 more accepted by the baseline)", output);

        Assert.Equal(0, Run("validate", "--dir", dir, "--baseline", baseline, "--update-baseline").Code);
        Assert.Equal(0, Run("validate", "--dir", dir, "--baseline", baseline).Code);
    }

    [Fact]
    public void OutputOptionWritesTheReportToAFileOnly()
    {
        using var tree = new TempTree();
        tree.Write("abi/stable/sysfs-class-foo", Entry);
        var report = Path.Join(tree.Root, "report.sarif");
        var (code, output, _) = Run("validate", "--dir", Path.Join(tree.Root, "abi"), "--format", "sarif", "--output", report);
        Assert.Equal(0, code);
        Assert.Equal("", output);
        using var doc = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void SearchPrintsMatchingEntriesLikeTheKernelTool()
    {
        using var tree = new TempTree();
        tree.Write("stable/sysfs-class-foo", Entry + "\n" + Entry.Replace("/bar", "/qux").Replace("The bar.", "Mentions target_node."));
        var (code, output, _) = Run("search", "bar$", "--dir", tree.Root);
        Assert.Equal(0, code);
        Assert.Contains("/sys/class/foo/bar\n------------------\n", output);
        Assert.Contains("Kernel version:\t\t5.12", output);
        Assert.DoesNotContain("/sys/class/foo/qux", output);

        var byDescription = Run("search", "target_node", "--dir", tree.Root, "--format", "json");
        using var doc = JsonDocument.Parse(byDescription.Out);
        Assert.Equal("/sys/class/foo/qux", doc.RootElement.GetProperty("entries")[0].GetProperty("what")[0].GetString());
        Assert.Equal(1, Run("search", "target_node", "--dir", tree.Root, "--what-only").Code);
        Assert.Equal(1, Run("search", "nothing-matches-this", "--dir", tree.Root).Code);
    }

    [Fact]
    public void SearchFiltersByLevel()
    {
        using var tree = new TempTree();
        tree.Write("stable/sysfs-class-foo", Entry);
        tree.Write("testing/sysfs-class-foo2", Entry.Replace("/foo/", "/foo2/") + "Users:\tx\n");
        var (_, output, _) = Run("search", "/sys/class", "--dir", tree.Root, "--level", "testing");
        Assert.Contains("/sys/class/foo2/bar", output);
        Assert.DoesNotContain("/sys/class/foo/bar", output);
    }

    [Fact]
    public void StatsCountsPerLevelAsJson()
    {
        using var tree = new TempTree();
        tree.Write("stable/sysfs-class-foo", Entry + "\n" + Entry.Replace("/bar", "/baz"));
        tree.Write("testing/sysfs-class-foo2", Entry.Replace("/foo/", "/foo2/"));
        var (code, output, _) = Run("stats", "--dir", tree.Root, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(3, doc.RootElement.GetProperty("entries").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("levels").GetProperty("stable").GetProperty("entries").GetInt32());
        Assert.Equal(1, doc.RootElement.GetProperty("levels").GetProperty("testing").GetProperty("files").GetInt32());
        Assert.Equal(1, doc.RootElement.GetProperty("diagnosticsPerCode").GetProperty("ABI0016").GetInt32());
    }

    [Fact]
    public void MissingDirectoryIsAOneLineError() =>
        AssertOneLineError(Run("validate", "--dir", "/nonexistent/abi"), "/nonexistent/abi: no such ABI directory");

    [Fact]
    public void DirThatIsAFileIsAOneLineError()
    {
        using var tree = new TempTree();
        var file = tree.Write("x", "What: /sys/x\n");
        AssertOneLineError(Run("stats", "--dir", file), "is a file");
    }

    [Fact]
    public void UnknownOptionAndBadValuesAreUsageErrors()
    {
        AssertOneLineError(Run("validate", "--no-such-option"), "--no-such-option");
        AssertOneLineError(Run("validate", "--format", "xml"), "xml");
        AssertOneLineError(Run("validate", "--severity", "ABI0002=loud"), "ABI0002=loud");
        AssertOneLineError(Run("nonsense"), "nonsense");
        AssertOneLineError(Run("search", "(unclosed"), "invalid regular expression");
        AssertOneLineError(Run("validate", "--update-baseline"), "--update-baseline needs --baseline");
    }

    [Fact]
    public void MalformedBaselineIsAOneLineError()
    {
        using var tree = new TempTree();
        tree.Write("abi/stable/f", Entry);
        var baseline = tree.Write("b.json", "[1,2");
        AssertOneLineError(Run("validate", "--dir", Path.Join(tree.Root, "abi"), "--baseline", baseline), "b.json");
    }

    [Fact]
    public void BadFilesBecomeDiagnosticsNotCrashes()
    {
        using var tree = new TempTree();
        tree.WriteBytes("stable/binary", [0x7f, (byte)'E', (byte)'L', (byte)'F', 0, 0, 1]);
        tree.WriteBytes("stable/latin1", [.. "What:\t/sys/x\nDescription:\tCaf"u8, 0xe9, (byte)'\n']);
        tree.Write("stable/empty", "");
        tree.Write("stable/prose", "Nothing but prose here.\n");
        // A 50 MB file: refused from its size, without being read.
        using (var big = File.Create(Path.Join(tree.Root, "stable/huge"))) big.SetLength(50L * 1024 * 1024);
        var (code, output, err) = Run("validate", "--dir", tree.Root, "--format", "json");
        Assert.Equal(1, code);
        Assert.Equal("", err);
        using var doc = JsonDocument.Parse(output);
        var codes = doc.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("code").GetString(), Path.GetFileName(d.GetProperty("file").GetString()))).ToList();
        Assert.Contains(("ABI0028", "binary"), codes);
        Assert.Contains(("ABI0029", "latin1"), codes);
        Assert.Contains(("ABI0027", "empty"), codes);
        Assert.Contains(("ABI0026", "prose"), codes);
        Assert.Contains(("ABI0030", "huge"), codes);
    }

    [Fact]
    public void LargeFileOfRealEntriesIsParsed()
    {
        // Just under the size limit a file of many entries is read, not refused.
        using var tree = new TempTree();
        var builder = new System.Text.StringBuilder();
        for (var i = 0; builder.Length < 15 * 1024 * 1024; i++) builder.Append(Entry.Replace("/bar", $"/bar{i}")).Append('\n');
        tree.Write("stable/big", builder.ToString());
        var (code, output, _) = Run("stats", "--dir", tree.Root, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("entries").GetInt32() > 100_000);
    }

    [Fact]
    public void WithoutDirOutsideAKernelTreeTheEmbeddedProjectTreeIsUsedAndIsClean()
    {
        // Tests run in bin/, which is not inside a kernel tree.
        Assert.Null(AbiTreeLocator.FindKernelAbiDirectory(AppContext.BaseDirectory));
        var stats = Run("stats", "--format", "json");
        using var doc = JsonDocument.Parse(stats.Out);
        Assert.Equal("(embedded abi/)", doc.RootElement.GetProperty("root").GetString());
        Assert.True(doc.RootElement.GetProperty("entries").GetInt32() >= 20);
        var (code, output, _) = Run("validate");
        Assert.Equal(0, code);
        Assert.StartsWith("0 errors, 0 warnings, 0 infos in ", output.Trim());
        Assert.EndsWith("entries of (embedded abi/)", output.Trim());
    }

    [Fact]
    public void KernelTreeIsFoundFromASubdirectory()
    {
        using var tree = new TempTree();
        tree.Write("Documentation/ABI/stable/sysfs-class-foo", Entry);
        Directory.CreateDirectory(Path.Join(tree.Root, "drivers", "dax"));
        Assert.Equal(Path.Join(tree.Root, "Documentation", "ABI"), AbiTreeLocator.FindKernelAbiDirectory(Path.Join(tree.Root, "drivers", "dax")));
    }

    [Fact]
    public void HelpListsTheCommands()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("validate", output);
        Assert.Contains("search", output);
        Assert.Contains("stats", output);
    }

    [Fact]
    public void UndefinedAndWhyOnAFixtureTree()
    {
        using var tree = new TempTree();
        tree.Write("abi/testing/sysfs-class-foo", Entry + "Users:\tx\n");
        tree.Write("sys/devices/virtual/foo/bar", "");
        tree.Write("sys/devices/virtual/foo/baz", "");
        var abi = Path.Join(tree.Root, "abi");
        var sys = Path.Join(tree.Root, "sys");
        Directory.CreateDirectory(Path.Join(sys, "class/foo"));
        File.CreateSymbolicLink(Path.Join(sys, "class/foo/foo"), "../../devices/virtual/foo");

        // /sys/class/foo/bar is documented; the class link makes it an alias of the real file.
        tree.Write("abi/testing/sysfs-class-foo", Entry.Replace("/sys/class/foo/bar", "/sys/class/foo/<name>/bar") + "Users:\tx\n");
        var (code, output, err) = Run("undefined", "--dir", abi, "--sysfs", sys);
        Assert.Equal(0, code);
        Assert.Equal("/sys/devices/virtual/foo/baz not found.", output.Trim());
        Assert.Contains("1 undocumented", err);

        var json = Run("undefined", "--dir", abi, "--sysfs", sys, "--format", "json", "--hints");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal("/sys/devices/virtual/foo/baz", doc.RootElement.GetProperty("undefined")[0].GetProperty("path").GetString());

        var why = Run("why", "--dir", abi, "--sysfs", sys, "/sys/devices/virtual/foo/bar", "/sys/devices/virtual/foo/baz");
        Assert.Equal(1, why.Code);
        Assert.Contains("documented by '/sys/class/foo/<name>/bar'", why.Out);
        Assert.Contains("through an alias through a link /sys/class/foo/foo/bar", why.Out);
        Assert.Contains("not documented:", why.Out);
        Assert.Equal(0, Run("why", "--dir", abi, "/sys/class/foo/x/bar").Code);
        AssertOneLineError(Run("undefined", "--dir", abi, "--sysfs", "/nonexistent/sys"), "no such sysfs tree");
    }
}
