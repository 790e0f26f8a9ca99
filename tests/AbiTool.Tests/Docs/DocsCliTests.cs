
namespace AbiTool.Tests.Docs;

/// <summary>`abi rest` and `abi docs` through the command line: the kernel extension's options, outputs, bad input.</summary>
public class DocsCliTests
{
    private const string Entry = "What:\t\t/sys/class/foo/bar\nDate:\t\tMarch 2021\nKernelVersion:\t5.12\nContact:\tfoo@example.org\nDescription:\n\t\tThe bar, see /sys/class/foo/baz.\n\nWhat:\t\t/sys/class/foo/baz\nDate:\t\tMarch 2021\nContact:\tfoo@example.org\nDescription:\tThe baz.\n";

    private static (int Code, string Out, string Err) Run(params string[] args) => CliTests.Run(args);

    [Fact]
    public void RestTakesTheOptionsKernelAbiPassesAndWritesLineMarkers()
    {
        using var tree = new TempTree();
        tree.Write("stable/sysfs-class-foo", Entry);
        var dir = Path.Join(tree.Root, "stable");
        var (code, output, error) = Run("rest", "--enable-lineno", "--dir", dir, "--rst-source");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = output.Split('\n');
        Assert.Equal($".. LINENO {dir}/sysfs-class-foo#1", lines[0]);
        Assert.Contains("Symbols under /sys/class", output);
        Assert.Contains(".. _abi_sys_class_foo_bar:", output);
        // The file label carries the level even though --dir is the level folder itself.
        Assert.Contains(".. _abi_file_stable_sysfs_class_foo:", output);
        Assert.Contains("The bar, see :ref:`/sys/class/foo/baz <abi_sys_class_foo_baz>`.", output);
        // The Description line is marked with its own source line (6), the What of the second entry with line 8.
        var description = Array.IndexOf(lines, "The bar, see :ref:`/sys/class/foo/baz <abi_sys_class_foo_baz>`.");
        Assert.Equal($".. LINENO {dir}/sysfs-class-foo#6", lines[description - 1]);
        Assert.Contains($".. LINENO {dir}/sysfs-class-foo#8", output);
    }

    [Fact]
    public void RestWithoutLinenoHasNoMarkersAndPlainSourceIsEscaped()
    {
        using var tree = new TempTree();
        tree.Write("testing/sysfs-x", "What:\t\t/sys/x\nDescription:\n\t\tStars *are* kept, `ticks` too.\n");
        var (code, output, _) = Run("rest", "--dir", tree.Root, "--no-rst-source");
        Assert.Equal(0, code);
        Assert.DoesNotContain(".. LINENO", output);
        Assert.Contains(@"Stars \*are\* kept, \`ticks\` too.", output);
    }

    [Fact]
    public void RestRejectsContradictoryOptions()
    {
        using var tree = new TempTree();
        tree.Write("stable/sysfs-class-foo", Entry);
        var (code, _, error) = Run("rest", "--dir", tree.Root, "--rst-source", "--no-rst-source");
        Assert.Equal(2, code);
        Assert.StartsWith("abi: ", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("html", "stable__sysfs-class-foo.html")]
    [InlineData("md", "stable__sysfs-class-foo.md")]
    [InlineData("rst", "abi-stable.rst")]
    public void DocsWritesEachFormat(string format, string page)
    {
        using var tree = new TempTree();
        tree.Write("ABI/stable/sysfs-class-foo", Entry);
        var output = Path.Join(tree.Root, "out");
        var (code, stdout, _) = Run("docs", "--format", format, "--out", output, "--dir", Path.Join(tree.Root, "ABI"));
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+ files written to ", stdout);
        Assert.Contains("/sys/class/foo/bar", File.ReadAllText(Path.Join(output, page)));
    }

    [Fact]
    public void DocsOutThatIsAFileAndMissingTreeAreOneLineErrors()
    {
        using var tree = new TempTree();
        tree.Write("ABI/stable/sysfs-class-foo", Entry);
        var file = tree.Write("taken", "x");
        var (code, _, error) = Run("docs", "--out", file, "--dir", Path.Join(tree.Root, "ABI"));
        Assert.Equal(2, code);
        Assert.Contains("is a file", error);
        Assert.Equal("x", File.ReadAllText(file));
        (code, _, error) = Run("docs", "--out", Path.Join(tree.Root, "o"), "--dir", Path.Join(tree.Root, "nowhere"));
        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.False(Directory.Exists(Path.Join(tree.Root, "o")));
    }
}
