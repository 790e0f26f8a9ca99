using AbiTool.Migration;
using AbiTool.Model;
using AbiTool.Sources;

namespace AbiTool.Tests.Migration;

/// <summary>
/// linux-6.1 → linux-6.12, against facts read by hand from both trees (grep of the What lines, and the entries
/// around them): each removal, move and rename below was checked in the two trees' files.
/// </summary>
public class RealTreeDiffTests
{
    private static readonly Lazy<DiffResult> Result = new(() =>
    {
        var old = AbiCorpusReader.ReadDirectory(TestPaths.Corpus("linux-6.1"), "6.1");
        var @new = AbiCorpusReader.ReadDirectory(TestPaths.Corpus("linux-6.12"), "6.12");
        return AbiDiff.Compare(old, @new, new DiffOptions(Today: new DateOnly(2026, 12, 1)));
    });

    private static DiffResult Diff()
    {
        TestPaths.Corpus("linux-6.1");
        TestPaths.Corpus("linux-6.12");
        return Result.Value;
    }

    [SkippableFact]
    public void CountsPerClass()
    {
        var diff = Diff();
        // Old-only What strings (comm -23 of the sorted What: lines) are 167 = removed + renamed.
        Assert.Equal(72, diff.Count(ChangeKind.Removed));
        Assert.Equal(95, diff.Count(ChangeKind.Renamed));
        Assert.Equal(634, diff.Count(ChangeKind.Added));
        Assert.Equal(3, diff.Count(ChangeKind.Moved));
        Assert.Equal(351, diff.Count(ChangeKind.Changed));
        Assert.Equal(4838, diff.Unchanged);
        Assert.Equal(65, diff.Diagnostics.Count(d => d.Code == "ABI0301"));
        Assert.Equal(2, diff.Diagnostics.Count(d => d.Code == "ABI0305"));
        Assert.Equal(67, diff.Diagnostics.Length);
    }

    [SkippableTheory]
    // stable/sysfs-block:594 in 6.1; no What names it in 6.12.
    [InlineData("/sys/block/<disk>/queue/throttle_sample_time", "6.1/stable/sysfs-block", 594)]
    // testing/sysfs-class-uwb_rc went with the UWB subsystem; never in obsolete/.
    [InlineData("/sys/class/uwb_rc/beacon_timeout_ms", "6.1/testing/sysfs-class-uwb_rc", 12)]
    // testing/sysfs-bus-umc deleted as a whole.
    [InlineData("/sys/bus/umc/devices/.../version", "6.1/testing/sysfs-bus-umc", 22)]
    // One f2fs attribute dropped from testing/sysfs-fs-f2fs.
    [InlineData("/sys/fs/f2fs/<disk>/batched_trim_sections", "6.1/testing/sysfs-fs-f2fs", 179)]
    // The UFS host performance booster attributes were deleted from testing/sysfs-driver-ufs.
    [InlineData("/sys/class/scsi_device/*/device/hpb_stats/hit_cnt", "6.1/testing/sysfs-driver-ufs", 1515)]
    public void RemovedWithoutObsolete(string what, string file, int line)
    {
        var diff = Diff();
        var change = diff.Find(what)!;
        Assert.Equal(ChangeKind.Removed, change.Kind);
        Assert.Equal((file, line), (change.Old!.Span.File, change.Old.Span.Line));
        Assert.Contains(diff.Diagnostics, d => d.Code == "ABI0301" && d.Span == change.Old.Span && d.Message.Contains($"'{what}'"));
    }

    [SkippableFact]
    public void StableEfiVarsWentStraightToRemoved()
    {
        // stable/sysfs-firmware-efi-vars in 6.1, removed/sysfs-firmware-efi-vars in 6.12, obsolete/ never.
        var diff = Diff();
        var change = diff.Find("/sys/firmware/efi/vars")!;
        Assert.Equal((ChangeKind.Moved, AbiLevel.Stable, AbiLevel.Removed), (change.Kind, change.OldLevel!.Value, change.NewLevel!.Value));
        var finding = Assert.Single(diff.Diagnostics, d => d.Span == change.New!.Span);
        Assert.Equal("ABI0301", finding.Code);
        Assert.Equal("6.1/stable/sysfs-firmware-efi-vars", Assert.Single(finding.Related).Span.File);
    }

    [SkippableFact]
    public void SelinuxCheckreqprotWentThroughObsoleteAsTheRulesSay()
    {
        // obsolete/sysfs-selinux-checkreqprot in 6.1, removed/sysfs-selinux-checkreqprot in 6.12.
        var diff = Diff();
        var change = diff.Find("/sys/fs/selinux/checkreqprot")!;
        Assert.Equal((AbiLevel.Obsolete, AbiLevel.Removed), (change.OldLevel!.Value, change.NewLevel!.Value));
        Assert.Equal(MoveVerdict.Allowed, change.Move!.Verdict);
        Assert.DoesNotContain(diff.Diagnostics, d => d.Span == change.Span);
    }

    [SkippableTheory]
    // Typo fixed: testing/sysfs-bus-vdpa line 1 in both trees.
    [InlineData("/sys/bus/vdpa/driver_autoprobe", "/sys/bus/vdpa/drivers_autoprobe", "What nearly the same")]
    // Placeholder renamed: testing/sysfs-class-led-trigger-tty line 1 in both trees.
    [InlineData("/sys/class/leds/<led>/ttyname", "/sys/class/leds/<tty_led>/ttyname", "placeholders renamed")]
    // Unit added to the name: testing/sysfs-fs-xfs line 18 in both trees.
    [InlineData("/sys/fs/xfs/<disk>/log/reserve_grant_head", "/sys/fs/xfs/<disk>/log/reserve_grant_head_bytes", "What nearly the same")]
    // Renamed with the same Description (sysfs-fs-f2fs 6.1:598, 6.12:627).
    [InlineData("/sys/fs/f2fs/<disk>/gc_urgent_high_remaining", "/sys/fs/f2fs/<disk>/gc_remaining_trials", "same Description")]
    // The habanalabs class became accel; its status entry's Description was rewritten as a list (6.1:200, 6.12:212).
    [InlineData("/sys/class/habanalabs/hl<n>/status", "/sys/class/accel/accel<n>/device/status", "its folder moved")]
    public void Renames(string oldWhat, string newWhat, string reason)
    {
        var diff = Diff();
        var change = diff.Find(newWhat)!;
        Assert.Equal(ChangeKind.Renamed, change.Kind);
        Assert.Equal(oldWhat, change.Old!.What.Text);
        Assert.StartsWith(reason, change.Rename!.Reason);
        Assert.InRange(change.Rename.Confidence, RenameScorer.DefaultThreshold, 1);
        Assert.DoesNotContain(diff.Diagnostics, d => d.Message.Contains($"'{oldWhat}'"));
    }

    [SkippableFact]
    public void ObsoleteGpioIsPastItsAnnouncedDate()
    {
        // obsolete/sysfs-gpio says the interface goes "after 2020"; it is still there in 6.12.
        var diff = Diff();
        var finding = Assert.Single(diff.Diagnostics, d => d.Code == "ABI0305" && d.Span.File == "6.12/obsolete/sysfs-gpio");
        Assert.Contains("2020-12-31", finding.Message);
    }

    [SkippableFact]
    public void WithoutRenamesEveryRenameIsARemovalAndAnAddition()
    {
        var diff = Diff();
        var plain = AbiDiff.Compare(diff.OldTree, diff.NewTree, new DiffOptions(DetectRenames: false));
        Assert.Equal(0, plain.Count(ChangeKind.Renamed));
        Assert.Equal(72 + 95, plain.Count(ChangeKind.Removed));
        Assert.True(plain.Diagnostics.Count(d => d.Code == "ABI0301") > 65);
    }
}
