using AbiTool.Model;
using AbiTool.Sources;

namespace AbiTool.Tests;

/// <summary>
/// The parser on the real 6.1 and 6.12 trees (../shared/corpus): everything is read, and every irregularity class
/// fires on a case checked by hand, named by file and line.
/// </summary>
public class RealTreeTests
{
    private static readonly Dictionary<string, AbiCorpus> Cache = [];

    private static AbiCorpus Read(string version)
    {
        var dir = TestPaths.Corpus(version);
        lock (Cache)
        {
            if (!Cache.TryGetValue(version, out var corpus)) Cache[version] = corpus = AbiCorpusReader.ReadDirectory(dir);
            return corpus;
        }
    }

    /// <remarks>
    /// The kernel's tools count 4514 entries in 6.12 and 4060 in 6.1 (entries = runs of "What:" lines). Three entries
    /// are invisible to them because their What line lacks its colon: testing/sysfs-bus-cxl:127 ("What   /sys/…",
    /// 6.12 only), testing/sysfs-bus-iio-proximity-as3935:9 ("What\t/sys/…") and testing/sysfs-power:134 ("What;").
    /// Reading them as a person does gives 4517 and 4062.
    /// </remarks>
    [SkippableTheory]
    [InlineData("linux-6.12", 4517, 4514)]
    [InlineData("linux-6.1", 4062, 4060)]
    public void ReadsEveryEntryIncludingThoseTheKernelToolsMiss(string version, int entries, int kernelToolCount)
    {
        var corpus = Read(version);
        Assert.Equal(entries, corpus.EntryCount);
        var colonless = corpus.Entries.Count(e => e.Whats.Length > 0 && e.Tags[0].Kind == AbiTagKind.What && e.Tags[0].Form == TagForm.NoColon);
        Assert.Equal(entries - kernelToolCount, colonless);
    }

    [SkippableTheory]
    [InlineData("linux-6.12")]
    [InlineData("linux-6.1")]
    public void FilesPerLevelMatchTheFolders(string version)
    {
        var dir = TestPaths.Corpus(version);
        var corpus = Read(version);
        foreach (var level in AbiLevels.All)
        {
            var onDisk = Directory.GetFiles(Path.Join(dir, level.FolderName()), "*", SearchOption.AllDirectories)
                .Count(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal));
            Assert.Equal(onDisk, corpus.Files.Count(f => f.Level == level));
        }
        Assert.DoesNotContain(corpus.Files, f => f.Level == AbiLevel.None);
    }

    [SkippableTheory]
    [InlineData("linux-6.12")]
    [InlineData("linux-6.1")]
    public void EveryEntryHasAWhatOrIsReportedWithoutOne(string version)
    {
        var corpus = Read(version);
        Assert.All(corpus.Entries, e => Assert.True(e.Whats.Length > 0 || e.Tags.Length > 0));
        Assert.All(corpus.Entries.SelectMany(e => e.Whats), w => Assert.True(w.Span.Line > 0 && w.Span.Column > 0));
    }

    public static TheoryData<string, ParseNoteKind, string, int> KnownIrregularities => new()
    {
        { "linux-6.12", ParseNoteKind.TagWithoutColon, "testing/sysfs-bus-cxl", 127 },          // "What            /sys/bus/cxl/…/erase"
        { "linux-6.12", ParseNoteKind.TagWithoutColon, "testing/sysfs-bus-optee-devices", 3 },  // "KernelVersion   5.8"
        { "linux-6.12", ParseNoteKind.TagWithoutColon, "testing/sysfs-power", 134 },            // "What;"
        { "linux-6.1", ParseNoteKind.TagWithoutColon, "testing/sysfs-bus-iio-proximity-as3935", 9 },
        { "linux-6.12", ParseNoteKind.TagMisspelled, "testing/sysfs-kernel-mm-damon", 96 },      // "WDate:"
        { "linux-6.12", ParseNoteKind.TagMisspelled, "obsolete/sysfs-kernel-fadump_enabled", 9 }, // "User:"
        { "linux-6.12", ParseNoteKind.TagWrongCase, "testing/sysfs-kernel-mm-damon", 1 },        // "what:"
        { "linux-6.12", ParseNoteKind.TagWrongCase, "testing/sysfs-devices-soc", 3 },            // "contact:"
        { "linux-6.12", ParseNoteKind.TagLikeDescriptionLine, "testing/sysfs-platform-intel-ifs", 15 }, // "Devices:"
        { "linux-6.12", ParseNoteKind.UntaggedWhat, "stable/sysfs-bus-firewire", 116 },
        { "linux-6.12", ParseNoteKind.WhatContinuation, "stable/sysfs-bus-firewire", 115 },      // "formerly"
        { "linux-6.12", ParseNoteKind.Preamble, "obsolete/sysfs-driver-intel_pmc_bxt", 1 },
        { "linux-6.12", ParseNoteKind.MixedIndentation, "obsolete/sysfs-driver-hid-roccat-koneplus", 8 },
        { "linux-6.12", ParseNoteKind.BlankLineInHeader, "testing/sysfs-kernel-mm-damon", 95 },
        { "linux-6.12", ParseNoteKind.NoBlankLineBeforeEntry, "testing/configfs-usb-gadget-uvc", 156 },
        { "linux-6.12", ParseNoteKind.TagsBeforeWhat, "testing/sysfs-driver-ufs", 1492 },        // Contact above its What
        { "linux-6.12", ParseNoteKind.DuplicateTag, "testing/sysfs-fs-f2fs", 208 },              // two Contact lines
        { "linux-6.12", ParseNoteKind.StrayText, "testing/sysfs-class-cxl", 111 },               // section heading between entries
    };

    [SkippableTheory]
    [MemberData(nameof(KnownIrregularities))]
    public void IrregularityFiresOnAKnownRealCase(string version, ParseNoteKind kind, string file, int line)
    {
        var corpus = Read(version);
        var abiFile = Assert.Single(corpus.Files, f => f.RelativePath == file);
        Assert.Contains(abiFile.Notes, n => n.Kind == kind && n.Span.Line == line);
    }

    [SkippableFact]
    public void EmptyDescriptionIsReadAsEmpty()
    {
        var corpus = Read("linux-6.12");
        var entry = Assert.Single(corpus.Entries, e => e.WhatTexts.Contains("/sys/bus/usb/devices/usbX/power/level"));
        Assert.Equal(("testing/sysfs-bus-usb", 548), (entry.RelativePath, entry.Description!.Span.Line));
        Assert.True(entry.Description.IsEmpty);
    }

    [SkippableFact]
    public void SeveralWhatLinesFormOneEntry()
    {
        var corpus = Read("linux-6.12");
        var entry = Assert.Single(corpus.Entries, e => e.WhatTexts.Contains("/sys/bus/dax/devices/daxX.Y/mapping[0..N]/start"));
        Assert.Equal(["/sys/bus/dax/devices/daxX.Y/mapping[0..N]/start", "/sys/bus/dax/devices/daxX.Y/mapping[0..N]/end",
            "/sys/bus/dax/devices/daxX.Y/mapping[0..N]/page_offset"], entry.WhatTexts);
        Assert.StartsWith("(RO)", entry.Description!.Text);
    }

    [SkippableFact]
    public void ColonlessKernelVersionIsNoLongerPartOfTheDate()
    {
        // get_abi.pl appends "KernelVersion\t5.7" to the Date line above it.
        var corpus = Read("linux-6.12");
        var entry = Assert.Single(corpus.Entries, e => e.WhatTexts.Contains("/sys/bus/coresight/devices/<cti-name>/enable"));
        Assert.Equal(("March 2020", "5.7"), (entry.Date!.Value, entry.KernelVersion!.Value));
    }
}
