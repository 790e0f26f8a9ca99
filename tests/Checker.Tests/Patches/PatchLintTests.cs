using System.Text;
using AbiTool.Model;
using AbiTool.Patches;
using AbiTool.Patches.Mail;
using AbiTool.Sources;
using Xunit;

namespace AbiTool.Tests.Patches;

public sealed class PatchLintTests
{
    private static PatchMail Mail(string diff, int index = 1) =>
        Assert.Single(MailReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(diff)), $"p{index}.patch")) with { Index = index };

    private static string CHunk(string path, params string[] lines) =>
        $"diff --git a/{path} b/{path}\n--- a/{path}\n+++ b/{path}\n@@ -1,{lines.Count(l => l.StartsWith('-')) + 1} +1,{lines.Count(l => !l.StartsWith('-')) + 1} @@\n context;\n" +
        string.Concat(lines.Select(l => l + "\n"));

    private static string AbiHunk(string file, params string[] entryLines) =>
        $"diff --git a/Documentation/ABI/{file} b/Documentation/ABI/{file}\nnew file mode 100644\n--- /dev/null\n+++ b/Documentation/ABI/{file}\n" +
        $"@@ -0,0 +1,{entryLines.Length} @@\n" + string.Concat(entryLines.Select(l => "+" + l + "\n"));

    private static readonly string[] RateEntry =
    [
        "What:\t\t/sys/bus/foo/devices/fooX/rate", "Date:\t\tMarch 2026", "KernelVersion:\t7.1", "Contact:\tfoo@example.org",
        "Users:\t\tfooctl", "Description:", "\t\t(RW) The sampling rate in Hz.",
    ];

    private static IEnumerable<string> Codes(PatchReport report) => report.Findings.Select(d => d.Code);

    [Fact]
    public void UndocumentedAttributeIsReportedAtItsFileLineWithThePatchLine()
    {
        var report = Assert.Single(PatchLint.Run([Mail(CHunk("drivers/foo/core.c", "+static DEVICE_ATTR_RW(rate);"))]));
        var finding = Assert.Single(report.Findings);
        Assert.Equal("ABI0401", finding.Code);
        Assert.Equal(("drivers/foo/core.c", 2), (finding.Span.File, finding.Span.Line));
        Assert.Equal(("p1.patch", 6), (finding.Related[0].Span.File, finding.Related[0].Span.Line));
        Assert.Equal("+static DEVICE_ATTR_RW(rate);", finding.Related[0].Message);
    }

    [Fact]
    public void EntryInTheSamePatchDocumentsItAndItsValidationFindingsAreReported()
    {
        var clean = PatchLint.Run([Mail(AbiHunk("testing/sysfs-bus-foo", RateEntry) + CHunk("drivers/foo/core.c", "+static DEVICE_ATTR_RW(rate);"))]);
        Assert.Empty(clean[0].Findings);
        Assert.Equal("/sys/bus/foo/devices/fooX/rate", Assert.Single(clean[0].Attributes).DocumentedBy!.What.Text);

        var noDate = RateEntry.Where(l => !l.StartsWith("Date")).ToArray();
        var report = PatchLint.Run([Mail(AbiHunk("testing/sysfs-bus-foo", noDate) + CHunk("drivers/foo/core.c", "+static DEVICE_ATTR_RW(rate);"))])[0];
        var missing = Assert.Single(report.Findings);
        Assert.Equal("ABI0002", missing.Code);
        Assert.Equal(("Documentation/ABI/testing/sysfs-bus-foo", 1), (missing.Span.File, missing.Span.Line));
    }

    [Fact]
    public void ModeThatDisagreesWithTheEntryIsReported()
    {
        var report = PatchLint.Run([Mail(AbiHunk("testing/sysfs-bus-foo", RateEntry) + CHunk("drivers/foo/core.c", "+static DEVICE_ATTR_RO(rate);"))])[0];
        var finding = Assert.Single(report.Findings);
        Assert.Equal("ABI0402", finding.Code);
        Assert.Contains("is RO", finding.Message);
        Assert.Contains("(RW)", finding.Message);
    }

    [Fact]
    public void EntryInAnotherPatchOfTheSeriesCounts()
    {
        var reports = PatchLint.Run([
            Mail(CHunk("drivers/foo/core.c", "+static DEVICE_ATTR_RW(rate);"), 1),
            Mail(AbiHunk("testing/sysfs-bus-foo", RateEntry), 2),
        ]);
        Assert.All(reports, r => Assert.Empty(r.Findings));
    }

    [Fact]
    public void ConversionsMovesAndTestCodeAreNotNew()
    {
        var conversion = Mail(CHunk("drivers/foo/core.c", "-static DEVICE_ATTR(start, 0400, start_show, NULL);", "+static DEVICE_ATTR_ADMIN_RO(start);"));
        Assert.Empty(PatchLint.Run([conversion])[0].Findings);

        var move = Mail(CHunk("drivers/foo/a.c", "-static DEVICE_ATTR_RW(cache);") + CHunk("drivers/bar/b.c", "+static DEVICE_ATTR_RW(cache);"));
        Assert.Empty(PatchLint.Run([move])[0].Findings);

        var test = Mail(CHunk("tools/testing/foo/mock.c", "+static DEVICE_ATTR_WO(inject);"));
        Assert.Empty(PatchLint.Run([test])[0].Findings);
    }

    [Fact]
    public void ArrayEntryForAnAttributeDefinedElsewhereIsNewButOneDefinedHereIsNotCountedTwice()
    {
        var report = PatchLint.Run([Mail(CHunk("drivers/foo/core.c",
            "+static DEVICE_ATTR_RO(speed);", "+static struct attribute *foo_attrs[] = {", "+\t&dev_attr_speed.attr,", "+\t&dev_attr_cap_new.attr,", "+\tNULL,", "+};"))])[0];
        Assert.Equal(["speed", "cap_new"], report.Attributes.Select(a => a.Name));
        Assert.Equal(2, report.Findings.Count(d => d.Code == "ABI0401"));
    }

    [Fact]
    public void PlaceholderWhatsDocumentNumberedAttributes()
    {
        string[] entry = ["What:\t\t/sys/bus/foo/devices/fooX/target[0..N]", "Date:\t\tMarch 2026", "KernelVersion:\t7.1", "Contact:\tfoo@example.org", "Users:\t\tfooctl", "Description:", "\t\t(RW) Targets."];
        var report = PatchLint.Run([Mail(AbiHunk("testing/sysfs-bus-foo", entry) + CHunk("drivers/foo/core.c", "+\t&dev_attr_target3.attr,"))])[0];
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void ExistingEntriesCountOnlyInTheSubsystem()
    {
        var tree = new AbiCorpus("tree", [
            AbiCorpusReader.ReadFile(Source("testing/sysfs-bus-foo", string.Join('\n', RateEntry) + "\n")),
            AbiCorpusReader.ReadFile(Source("testing/sysfs-block", "What:\t\t/sys/block/<disk>/speed\nDate:\t\t2020\nContact:\tx@example.org\nDescription:\n\t\t(RO) Speed.\n")),
        ]);
        var foo = PatchLint.Run([Mail(CHunk("drivers/foo/core.c", "+static DEVICE_ATTR_RW(rate);", "+static DEVICE_ATTR_RO(speed);"))], tree)[0];
        // rate: documented by the foo bus's entry; speed: only a block device's What ends in it, which is not drivers/foo's.
        Assert.Equal(["ABI0401"], Codes(foo));
        Assert.Contains("'speed'", foo.Findings[0].Message);
    }

    [Fact]
    public void ContextLinesOfAnAbiHunkAreNotTheAuthorsFindings()
    {
        // The hunk shows the tail of an existing entry (no What before it in the hunk) and adds a new complete one.
        var diff = "--- a/Documentation/ABI/testing/sysfs-bus-foo\n+++ b/Documentation/ABI/testing/sysfs-bus-foo\n" +
                   $"@@ -20,2 +20,{RateEntry.Length + 3} @@\n \t\ttext of an older entry\n \n+\n" +
                   string.Concat(RateEntry.Select(l => "+" + l + "\n"));
        var report = PatchLint.Run([Mail(diff + CHunk("drivers/foo/core.c", "+static DEVICE_ATTR_RW(rate);"))])[0];
        Assert.Empty(report.Findings);
    }

    private static readonly string[] OldEntry =
        ["What:\t\t/sys/bus/foo/devices/fooX/old", "Date:\t\tMarch 2020", "KernelVersion:\t5.7", "Contact:\tfoo@example.org", "Description:", "\t\t(RO) Old."];

    [Fact]
    public void DeletingATestingEntryBreaksTheMigrationRulesAtTheRemovedLine()
    {
        var diff = "--- a/Documentation/ABI/testing/sysfs-bus-foo\n+++ b/Documentation/ABI/testing/sysfs-bus-foo\n" +
                   $"@@ -1,{OldEntry.Length} +0,0 @@\n" + string.Concat(OldEntry.Select(l => "-" + l + "\n"));
        var finding = Assert.Single(PatchLint.Run([Mail(diff)])[0].Findings);
        Assert.Equal("ABI0301", finding.Code);
        Assert.Equal(("Documentation/ABI/testing/sysfs-bus-foo", 1), (finding.Span.File, finding.Span.Line));
        Assert.Equal(("p1.patch", 4), (finding.Related[0].Span.File, finding.Related[0].Span.Line));
        Assert.StartsWith("-What:", finding.Related[0].Message);
    }

    [Fact]
    public void MovingAnEntryToObsoleteIsAllowedButWantsARemovalDate()
    {
        var diff = "--- a/Documentation/ABI/testing/sysfs-bus-foo\n+++ b/Documentation/ABI/testing/sysfs-bus-foo\n" +
                   $"@@ -1,{OldEntry.Length} +0,0 @@\n" + string.Concat(OldEntry.Select(l => "-" + l + "\n")) +
                   AbiHunk("obsolete/sysfs-bus-foo", OldEntry);
        var report = PatchLint.Run([Mail(diff)])[0];
        Assert.Equal(["ABI0304"], Codes(report));
        Assert.Equal("Documentation/ABI/obsolete/sysfs-bus-foo", report.Findings[0].Span.File);
    }

    [Fact]
    public void EditingAnEntryInPlaceBreaksNoMigrationRule()
    {
        var diff = "--- a/Documentation/ABI/testing/sysfs-bus-foo\n+++ b/Documentation/ABI/testing/sysfs-bus-foo\n" +
                   $"@@ -1,{OldEntry.Length} +1,{OldEntry.Length} @@\n" + string.Concat(OldEntry[..^1].Select(l => " " + l + "\n")) +
                   "-\t\t(RO) Old.\n+\t\t(RO) Old, and now explained.\n";
        Assert.Empty(PatchLint.Run([Mail(diff)])[0].Findings);
    }

    private static AbiSourceFile Source(string relative, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new AbiSourceFile(relative, relative, bytes.Length, () => new MemoryStream(bytes));
    }
}
