using AbiTool.Migration;

namespace AbiTool.Tests.Migration;

/// <summary>Obsolete entries must say when they go; given a date, those past it are reported.</summary>
public class ObsoleteDateTests
{
    private const string What = "/sys/class/widget/count";

    private static DiffResult MoveToObsolete(string description, DateOnly? today = null) =>
        Trees.Diff(Trees.Of("old", ("testing/sysfs-class-widget", Trees.Entry(What))),
            Trees.Of("new", ("obsolete/sysfs-class-widget", Trees.Entry(What, description))), new DiffOptions(Today: today));

    [Fact]
    public void NewlyObsoleteWithoutATimeIsReported()
    {
        var diff = MoveToObsolete("Counts widgets. It will be removed eventually.");
        var finding = Assert.Single(diff.Diagnostics);
        Assert.Equal("ABI0304", finding.Code);
        Assert.Equal("new/obsolete/sysfs-class-widget", finding.Span.File);
    }

    [Fact]
    public void NewlyObsoleteWithAYearIsFine() => Assert.Empty(MoveToObsolete("Deprecated; will be removed after 2031.").Diagnostics);

    [Fact]
    public void TheFilesIntroductionMayCarryTheNotice()
    {
        var intro = "These files are deprecated and will be removed in January 2030.\n\n";
        var diff = Trees.Diff(Trees.Of("old", ("testing/sysfs-class-widget", Trees.Entry(What))),
            Trees.Of("new", ("obsolete/sysfs-class-widget", intro + Trees.Entry(What))));
        Assert.Empty(diff.Diagnostics);
    }

    [Fact]
    public void PastTheAnnouncedDateIsReportedOnlyAfterIt()
    {
        const string text = "Deprecated; will be removed after 2020.";
        var late = MoveToObsolete(text, new DateOnly(2026, 12, 1));
        var finding = Assert.Single(late.Diagnostics);
        Assert.Equal("ABI0305", finding.Code);
        Assert.Contains("2020-12-31", finding.Message);
        Assert.Empty(MoveToObsolete(text, new DateOnly(2020, 12, 31)).Diagnostics);
        Assert.Empty(MoveToObsolete(text).Diagnostics);
    }

    [Theory]
    [InlineData("This file is deprecated and will be removed after 2010.", "2010-12-31", null)]
    [InlineData("It is scheduled for removal in March 2025 at the latest.", "2025-03-31", null)]
    [InlineData("To be deleted on 2024-06-15, use foo instead.", "2024-06-15", null)]
    [InlineData("This attribute will go away in Linux 6.5, use bar.", null, "6.5")]
    [InlineData("Will be removed in kernel version 5.10.2 or later.", null, "5.10.2")]
    public void NoticesAreRead(string text, string? due, string? version)
    {
        var notice = RemovalNotice.Find(text)!;
        Assert.Equal(due, notice.Due?.ToString("yyyy-MM-dd"));
        Assert.Equal(version, notice.KernelVersion);
    }

    [Theory]
    [InlineData("These will be removed eventually and should not be used.")]
    [InlineData("Added in 2019. It may be removed. Nobody knows when.")]
    [InlineData("Use the new interface.")]
    public void TextWithoutATimeOfRemovalIsNoNotice(string text) => Assert.Null(RemovalNotice.Find(text));
}
