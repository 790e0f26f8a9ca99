using AbiTool.Diagnostics;
using AbiTool.Model;
using AbiTool.Sources;
using AbiTool.Validation;

namespace AbiTool.Tests;

/// <summary>Each validation rule on a small tree written for it.</summary>
public class ValidatorTests
{
    private const string Good = "Date:\t\tMarch 2021\nKernelVersion:\t5.12\nContact:\tfoo@example.org\n";

    private static List<Diagnostic> Validate(params (string Path, string Text)[] files)
    {
        using var tree = new TempTree();
        foreach (var (path, text) in files) tree.Write(path, text);
        return [.. new Validator().Validate(AbiCorpusReader.ReadDirectory(tree.Root, "abi"))];
    }

    private static Diagnostic One(List<Diagnostic> findings, string code) => Assert.Single(findings, d => d.Code == code);

    [Fact]
    public void CleanEntryHasNoFindings() =>
        Assert.Empty(Validate(("stable/sysfs-class-foo", $"What:\t\t/sys/class/foo/bar\n{Good}Description:\n\t\tThe bar.\n")));

    [Theory]
    [InlineData("ABI0002", "Date")]
    [InlineData("ABI0003", "KernelVersion")]
    [InlineData("ABI0004", "Contact")]
    public void MissingTagIsReportedAtTheWhat(string code, string tag)
    {
        var header = string.Join("", Good.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith(tag + ":")).Select(l => l + "\n"));
        var findings = Validate(("stable/sysfs-class-foo", $"\nWhat:\t\t/sys/class/foo/bar\n{header}Description:\tThe bar.\n"));
        var d = One(findings, code);
        Assert.Equal(("abi/stable/sysfs-class-foo", 2, 8), (d.Span.File, d.Span.Line, d.Span.Column)); // a tab is one column
        Assert.Contains(tag, d.Message);
        Assert.Single(findings);
    }

    [Fact]
    public void MissingDescriptionIsAnError()
    {
        var d = One(Validate(("stable/sysfs-class-foo", $"What:\t/sys/class/foo/bar\n{Good}")), "ABI0005");
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void TagsWithoutWhatAreReported()
    {
        var d = One(Validate(("stable/sysfs-class-foo", $"{Good}Description:\tOrphan.\n")), "ABI0001");
        Assert.Equal(1, d.Span.Line);
    }

    [Fact]
    public void EmptyDescriptionIsReported() =>
        One(Validate(("stable/sysfs-class-foo", $"What:\t/sys/class/foo/bar\n{Good}Description:\n")), "ABI0006");

    [Fact]
    public void DuplicateWhatInOneFileNamesTheFirstPlace()
    {
        var text = $"What:\t/sys/class/foo/bar\n{Good}Description:\tA.\n\nWhat:\t/sys/class/foo/bar\n{Good}Description:\tB.\n";
        var d = One(Validate(("stable/sysfs-class-foo", text)), "ABI0011");
        Assert.Equal(7, d.Span.Line);
        Assert.Equal(1, Assert.Single(d.Related).Span.Line);
        Assert.Contains("line 1", d.Message);
    }

    [Fact]
    public void DuplicateWhatAcrossFilesNamesBothFiles()
    {
        var entry = $"What:\t/sys/class/foo/bar\n{Good}Description:\tA.\n";
        var d = One(Validate(("stable/sysfs-class-foo", entry), ("testing/sysfs-class-foo2", entry + "Users:\tx\n")), "ABI0012");
        Assert.Equal("abi/testing/sysfs-class-foo2", d.Span.File);
        Assert.Equal("abi/stable/sysfs-class-foo", Assert.Single(d.Related).Span.File);
        Assert.Contains("abi/stable/sysfs-class-foo:1", d.Message);
    }

    [Theory]
    [InlineData("Feburary 2020", "did you mean 'February'")]
    [InlineData("pre-git history", "write it like")]
    public void UnrecognisedDateIsReportedWithAHint(string date, string hint)
    {
        var d = One(Validate(("stable/sysfs-class-foo", $"What:\t/sys/class/foo/bar\nDate:\t{date}\nKernelVersion:\t5.1\nContact:\tx\nDescription:\tA.\n")), "ABI0013");
        Assert.Contains(hint, d.Message);
        Assert.Equal((2, 7), (d.Span.Line, d.Span.Column));
    }

    [Theory]
    [InlineData("TBD")]
    [InlineData("")]
    public void UnrecognisedKernelVersionIsReported(string version) =>
        One(Validate(("stable/sysfs-class-foo", $"What:\t/sys/class/foo/bar\nDate:\tMay 2020\nKernelVersion:\t{version}\nContact:\tx\nDescription:\tA.\n")), "ABI0014");

    [Fact]
    public void FileOutsideTheLevelFoldersIsAnError()
    {
        var d = One(Validate(("sysfs-class-foo", $"What:\t/sys/class/foo/bar\n{Good}Description:\tA.\n")), "ABI0015");
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void TestingEntryWithoutUsersIsInfo()
    {
        var findings = Validate(("testing/sysfs-class-foo", $"What:\t/sys/class/foo/bar\n{Good}Description:\tA.\n"));
        Assert.Equal(Severity.Info, One(findings, "ABI0016").Severity);
        Assert.Empty(Validate(("testing/sysfs-class-foo", $"What:\t/sys/class/foo/bar\n{Good}Description:\tA.\nUsers:\tfooctl\n")));
    }

    [Theory]
    [InlineData("What:\t/sys/a\nDate:\tMay 2020\nKernelVersion\t5.1\nContact:\tx\nDescription:\tA.\n", "ABI0009")]
    [InlineData("What:\t/sys/a\nWDate:\tMay 2020\nKernelVersion:\t5.1\nContact:\tx\nDescription:\tA.\n", "ABI0008")]
    [InlineData("What:\t/sys/a\nDate:\tMay 2020\nKernelVersion:\t5.1\ncontact:\tx\nDescription:\tA.\n", "ABI0010")]
    [InlineData("What:\t/sys/a\nDate:\tMay 2020\nKernelVersion:\t5.1\nContact:\tx\nDevice:\tall\nDescription:\tA.\n", "ABI0007")]
    [InlineData("Intro.\n\nWhat:\t/sys/a\nDate:\tMay 2020\nKernelVersion:\t5.1\nContact:\tx\nDescription:\tA.\n", "ABI0017")]
    [InlineData("What:\t/sys/a\n\t/sys/b\nDate:\tMay 2020\nKernelVersion:\t5.1\nContact:\tx\nDescription:\tA.\n", "ABI0018")]
    [InlineData("What:\t/sys/a\n\tetc\nDate:\tMay 2020\nKernelVersion:\t5.1\nContact:\tx\nDescription:\tA.\n", "ABI0019")]
    [InlineData("What:\t/sys/a\nDate:\tMay 2020\nKernelVersion:\t5.1\nContact:\tx\nDescription:\n\tA.\n        B.\n", "ABI0020")]
    [InlineData("What:\t/sys/a\n\nDate:\tMay 2020\nKernelVersion:\t5.1\nContact:\tx\nDescription:\tA.\n", "ABI0021")]
    [InlineData("What:\t/sys/a\nDate:\tMay 2020\nDate:\tMay 2021\nKernelVersion:\t5.1\nContact:\tx\nDescription:\tA.\n", "ABI0023")]
    [InlineData("What:\t/sys/a\nDate:\tMay 2020\nKernelVersion:\t5.1\nContact:\tx\nDescription:\n\tA.\nValues: 1\n", "ABI0024")]
    [InlineData("What:\t/sys/a\nDate:\tMay 2020\nKernelVersion:\t5.1\nContact:\tx\nDescription:\tA.\nUsers:\tx\n\nHeading\n", "ABI0025")]
    [InlineData("No tags here.\n", "ABI0026")]
    [InlineData("", "ABI0027")]
    [InlineData("What:\nDate:\tMay 2020\nKernelVersion:\t5.1\nContact:\tx\nDescription:\tA.\n", "ABI0032")]
    [InlineData("Contact:\tx\nWhat:\t/sys/a\nDate:\tMay 2020\nKernelVersion:\t5.1\nDescription:\tA.\n", "ABI0033")]
    public void ParserNotesBecomeTheirCodes(string text, string code) =>
        One(Validate(("stable/sysfs-class-foo", text)), code);

    [Fact]
    public void NoBlankLineBeforeAnEntryIsReported()
    {
        var text = $"What:\t/sys/a\n{Good}Description:\n\tA.\nWhat:\t/sys/b\n{Good}Description:\tB.\n";
        Assert.Equal(7, One(Validate(("stable/sysfs-class-foo", text)), "ABI0022").Span.Line);
    }

    [Fact]
    public void BinaryInvalidAndHugeFilesAreReportedNotParsed()
    {
        using var tree = new TempTree();
        tree.WriteBytes("stable/binary", [0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]);
        tree.WriteBytes("stable/latin1", "What:\t/sys/caf\xe9\nDescription:\tA.\n"u8.ToArray().Select(b => b).ToArray().Concat(new byte[] { 0xe9, (byte)'\n' }).ToArray());
        using (var big = File.Create(Path.Join(tree.Root, "stable/huge"))) big.SetLength(AbiCorpusReader.MaxFileBytes + 1);
        var findings = new Validator().Validate(AbiCorpusReader.ReadDirectory(tree.Root, "abi"));
        Assert.Single(findings, d => d.Code == "ABI0028" && d.Span.File == "abi/stable/binary");
        var utf8 = Assert.Single(findings, d => d.Code == "ABI0029");
        Assert.Equal(3, utf8.Span.Line);
        Assert.Single(findings, d => d.Code == "ABI0030" && d.Span.File == "abi/stable/huge");
    }

    [Fact]
    public void EveryCodeIsInTheCatalogOnceAndEveryRuleCodeIsCatalogued()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        var ruleCodes = Validator.DefaultRules.SelectMany(r => r.Descriptors).Select(d => d.Code).Distinct();
        Assert.All(ruleCodes, code => Assert.Contains(code, codes));
        Assert.All(ValidationCodes.All, d => Assert.Contains(d.Code, Validator.DefaultRules.SelectMany(r => r.Descriptors).Select(x => x.Code)));
    }

    [Fact]
    public void EveryCodeIsDocumented()
    {
        var doc = File.ReadAllText(Path.Join(TestPaths.RepoRoot, "docs", "diagnostics.md"));
        Assert.All(DiagnosticCatalog.All, d => Assert.Contains($"## {d.Code}", doc));
    }

    [Fact]
    public void FindingsComeInSourceOrder()
    {
        var text = "What:\t/sys/a\nDescription:\tA.\n\nWhat:\t/sys/b\nDescription:\tB.\n";
        var findings = Validate(("stable/a", text), ("stable/b", text.Replace("/sys/", "/sys/x")));
        Assert.Equal(findings.OrderBy(d => d, Diagnostic.SourceOrder).ToList(), findings);
    }
}
