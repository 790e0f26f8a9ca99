using AbiTool.Patches;
using AbiTool.Patches.Mail;
using Xunit;

namespace AbiTool.Tests.Patches;

/// <summary>
/// The nvdimm list's real patches against labels written by reading them (nvdimm-labels.tsv): new undocumented
/// attributes are reported, documented ones, conversions, moves and test code are not.
/// </summary>
public sealed class RealPatchTests
{
    public sealed record Label(string Prefix, string[] Reported, string[] NotReported, string Reason)
    {
        public override string ToString() => $"{Prefix}: {Reason}";
    }

    private static string Folder()
    {
        var dir = TestPaths.Shared is null ? null : Path.Join(TestPaths.Shared, "patches", "nvdimm-2021-2026");
        Skip.If(dir is null || !Directory.Exists(dir), "../shared/patches/nvdimm-2021-2026 is not beside this checkout; the real-patch tests need it");
        return dir!;
    }

    public static IReadOnlyList<Label> Labels()
    {
        var path = Path.Join(TestPaths.RepoRoot, "tests", "Checker.Tests", "Patches", "nvdimm-labels.tsv");
        static string[] List(string field) => field == "-" ? [] : field.Split(',');
        return [.. File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
            .Select(f => new Label(f[0], List(f[1]), List(f[2]), f[3]))];
    }

    [Fact]
    public void AtLeastTwentyFivePatchesAreLabelledWithAReason()
    {
        var labels = Labels();
        Assert.True(labels.Count >= 25, $"{labels.Count} labels");
        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l.Reason)));
        Assert.Contains(labels, l => l.Reported.Length > 0);
    }

    [SkippableFact]
    public void EveryLabelHolds()
    {
        var folder = Folder();
        var failures = new List<string>();
        foreach (var label in Labels())
        {
            var file = Directory.GetFiles(folder, label.Prefix + "-*.mbox").Single();
            using var stream = File.OpenRead(file);
            var reports = PatchLint.Run([.. MailReader.Read(stream, file)]);
            var flagged = reports.SelectMany(r => r.Findings)
                .Where(d => d.Code is "ABI0401" or "ABI0402")
                .Select(d => d.Fingerprint[(d.Fingerprint.LastIndexOf(':') + 1)..]).ToHashSet();
            var undocumented = reports.SelectMany(r => r.Findings).Where(d => d.Code == "ABI0401")
                .Select(d => d.Fingerprint[(d.Fingerprint.LastIndexOf(':') + 1)..]).ToHashSet();
            foreach (var name in label.Reported.Where(n => !undocumented.Contains(n))) failures.Add($"{label.Prefix}: '{name}' not reported ({label.Reason})");
            foreach (var name in label.NotReported.Where(flagged.Contains)) failures.Add($"{label.Prefix}: '{name}' reported ({label.Reason})");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public void EveryRealPatchIsReadWithItsSubjectAndADiff()
    {
        var folder = Folder();
        var files = Directory.GetFiles(folder, "*.mbox");
        Assert.Equal(59, files.Length);
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            var mail = Assert.Single(MailReader.Read(stream, file));
            Assert.StartsWith("[PATCH", mail.Subject);
            var report = Assert.Single(PatchLint.Run([mail]));
            Assert.NotEmpty(report.Files);
            Assert.DoesNotContain(report.Findings, d => d.Code == "ABI0403");
        }
    }

    [SkippableFact]
    public void PatchLinesPointAtTheRawEmailLine()
    {
        var folder = Folder();
        var file = Directory.GetFiles(folder, "059-*.mbox").Single();
        using var stream = File.OpenRead(file);
        var report = Assert.Single(PatchLint.Run([.. MailReader.Read(stream, file)]));
        var finding = Assert.Single(report.Findings, d => d.Code == "ABI0401");
        var patchLine = finding.Related[0].Span.Line;
        Assert.Equal("+DEVICE_ATTR_RO(dirty_shutdown);", File.ReadLines(file).ElementAt(patchLine - 1));
        Assert.Equal("arch/powerpc/platforms/pseries/papr_scm.c", finding.Span.File);
    }

    [SkippableFact]
    public void ExistingTreeDocumentsWithinTheSubsystemOnly()
    {
        var folder = Folder();
        var tree = AbiTool.Sources.AbiCorpusReader.ReadDirectory(TestPaths.Corpus("linux-6.12"));
        // v5 of memmap_on_memory had no entry; 6.12 documents /sys/bus/dax/devices/daxX.Y/memmap_on_memory.
        var file = Directory.GetFiles(folder, "024-*.mbox").Single();
        using var stream = File.OpenRead(file);
        var report = Assert.Single(PatchLint.Run([.. MailReader.Read(stream, file)], tree));
        Assert.DoesNotContain(report.Findings, d => d.Code == "ABI0401");
        var attribute = Assert.Single(report.Attributes, a => a.Name == "memmap_on_memory");
        Assert.Contains("/sys/bus/dax/", attribute.DocumentedBy!.What.Text);
        // cap_dynamic_ram_1 is still undocumented in 6.12: no cxl What ends in it.
        file = Directory.GetFiles(folder, "006-*.mbox").Single();
        using var again = File.OpenRead(file);
        report = Assert.Single(PatchLint.Run([.. MailReader.Read(again, file)], tree));
        Assert.Contains(report.Findings, d => d.Code == "ABI0401" && d.Message.Contains("cap_dynamic_ram_1"));
    }
}
