using AbiTool.Migration;

namespace AbiTool.Tests.Migration;

/// <summary>Renames are found, scored, and turned off on request.</summary>
public class RenameTests
{
    private static readonly string Other = Trees.Entry("/sys/class/widget/colour", "The colour of the widget, as a name.");

    [Fact]
    public void PlaceholderRenamedIsARenameWithFullWhatScore()
    {
        var diff = Trees.Diff(
            Trees.Of("old", ("testing/sysfs-bus-widget", Trees.Entry("/sys/bus/widget/devices/widgetX.Y/size") + Other)),
            Trees.Of("new", ("testing/sysfs-bus-widget", Trees.Entry("/sys/bus/widget/devices/widget<N>.<M>/size") + Other)));
        var change = Assert.Single(diff.Changes);
        Assert.Equal(ChangeKind.Renamed, change.Kind);
        Assert.Equal("/sys/bus/widget/devices/widgetX.Y/size", change.Old!.What.Text);
        Assert.Equal(1.0, change.Rename!.What);
        Assert.Equal(1.0, change.Rename.Confidence);
        Assert.Equal("placeholders renamed", change.Rename.Reason);
        Assert.Empty(diff.Diagnostics);
    }

    [Fact]
    public void TypoFixedIsARenameAndNoRemoval()
    {
        var diff = Trees.Diff(
            Trees.Of("old", ("testing/sysfs-class-net-widget", Trees.Entry("/sys/class/net/<iface>/widget/recieve_errors", "Errors seen while receiving.") + Other)),
            Trees.Of("new", ("testing/sysfs-class-net-widget", Trees.Entry("/sys/class/net/<iface>/widget/receive_errors", "Errors seen while receiving.") + Other)));
        var change = Assert.Single(diff.Changes);
        Assert.Equal(ChangeKind.Renamed, change.Kind);
        Assert.InRange(change.Rename!.What, 0.9, 0.99);
        Assert.Equal(1.0, change.Rename.Description);
        Assert.Empty(diff.Diagnostics);
    }

    [Fact]
    public void FileSplitIntoTwoIsNeitherRemovalNorAddition()
    {
        string E(string name) => Trees.Entry($"/sys/class/widget/{name}", $"The {name} of the widget.");
        var diff = Trees.Diff(
            Trees.Of("old", ("testing/sysfs-class-widget", E("a") + E("b") + E("c") + E("d"))),
            Trees.Of("new", ("testing/sysfs-class-widget-power", E("a") + E("b")), ("testing/sysfs-class-widget-shape", E("c") + E("d"))));
        Assert.Equal(4, diff.Changes.Length);
        Assert.All(diff.Changes, c =>
        {
            Assert.Equal(ChangeKind.Changed, c.Kind);
            Assert.Equal([EntryField.File], c.ChangedFields.ToArray());
        });
        Assert.Equal("testing/sysfs-class-widget-shape", diff.Find("/sys/class/widget/d")!.New!.Entry.RelativePath);
        Assert.Empty(diff.Diagnostics);
    }

    [Fact]
    public void RenamedWhileMovedIsJudgedAsAMove()
    {
        var diff = Trees.Diff(
            Trees.Of("old", ("stable/sysfs-bus-widget", Trees.Entry("/sys/bus/widget/devices/widgetN/size"))),
            Trees.Of("new", ("testing/sysfs-bus-widget", Trees.Entry("/sys/bus/widget/devices/widget<id>/size"))));
        Assert.Equal(ChangeKind.Renamed, Assert.Single(diff.Changes).Kind);
        var finding = Assert.Single(diff.Diagnostics);
        Assert.Equal("ABI0302", finding.Code);
        Assert.Contains("(now '/sys/bus/widget/devices/widget<id>/size')", finding.Message);
    }

    [Fact]
    public void WithRenamesOffARenameIsARemovalPlusAnAddition()
    {
        var old = Trees.Of("old", ("testing/sysfs-bus-widget", Trees.Entry("/sys/bus/widget/devices/widgetX/size")));
        var @new = Trees.Of("new", ("testing/sysfs-bus-widget", Trees.Entry("/sys/bus/widget/devices/widget<N>/size")));
        var diff = Trees.Diff(old, @new, new DiffOptions(DetectRenames: false));
        Assert.Equal(1, diff.Count(ChangeKind.Removed));
        Assert.Equal(1, diff.Count(ChangeKind.Added));
        Assert.Equal(["ABI0301"], Trees.Codes(diff));
    }

    [Fact]
    public void AnUnrelatedInterfaceInTheSameFileIsNoRename()
    {
        var diff = Trees.Diff(
            Trees.Of("old", ("testing/sysfs-class-widget", Trees.Entry("/sys/class/widget/temperature", "Degrees Celsius of the sensor, read-only.") + Other)),
            Trees.Of("new", ("testing/sysfs-class-widget", Trees.Entry("/sys/class/widget/reset", "Writing 1 restarts the firmware.") + Other)));
        Assert.Equal(1, diff.Count(ChangeKind.Removed));
        Assert.Equal(1, diff.Count(ChangeKind.Added));
        Assert.Equal(0, diff.Count(ChangeKind.Renamed));
    }

    [Fact]
    public void ScoresFollowTheDocumentedWeights()
    {
        var score = RenameScorer.Score(
            new InterfaceSide(Trees.Of("o", ("testing/a", Trees.Entry("/sys/x/abcd", "one two"))).Entries.Single(), new("/sys/x/abcd", Model.WhatForm.Tagged, default)),
            new InterfaceSide(Trees.Of("n", ("testing/a-b", Trees.Entry("/sys/x/abce", "one three"))).Entries.Single(), new("/sys/x/abce", Model.WhatForm.Tagged, default)));
        Assert.Equal(1 - 1.0 / 11, score.What, 3);
        Assert.Equal(1.0 / 3, score.Description, 3);
        Assert.Equal(0.5, score.File);
        Assert.Equal(0.5 * score.What + 0.35 * score.Description + 0.15 * 0.5, score.Confidence, 3);
    }
}

/// <summary>Renames found in a folder carry the rest of the folder along.</summary>
public class FolderMoveTests
{
    [Fact]
    public void ALeftoverFollowsItsFoldersRenames()
    {
        string E(string folder, string name, string text) => Trees.Entry($"{folder}/{name}", text);
        const string oldFolder = "/sys/class/gadget/gd<n>";
        const string newFolder = "/sys/class/accel/accel<n>/device";
        var old = Trees.Of("old", ("testing/sysfs-gadget",
            E(oldFolder, "serial", "The serial number.") + E(oldFolder, "firmware", "The firmware version.") + E(oldFolder, "status", "Operational or not.")));
        var @new = Trees.Of("new", ("testing/sysfs-gadget",
            E(newFolder, "serial", "The serial number.") + E(newFolder, "firmware", "The firmware version.")
            + E(newFolder, "status", "One of: ready, failed, resetting; read it before sending work.")));
        var diff = Trees.Diff(old, @new);
        Assert.Equal(3, diff.Count(ChangeKind.Renamed));
        var status = diff.Find($"{newFolder}/status")!;
        Assert.Equal(2, status.Rename!.FolderMoves);
        Assert.Equal(0.9, status.Rename.Confidence);
        Assert.Empty(diff.Diagnostics);

        // One rename alone is no evidence for the folder.
        var single = Trees.Diff(
            Trees.Of("old", ("testing/sysfs-gadget", E(oldFolder, "serial", "The serial number.") + E(oldFolder, "status", "Operational or not."))),
            Trees.Of("new", ("testing/sysfs-gadget", E(newFolder, "serial", "The serial number.") + E(newFolder, "status", "One of: ready, failed, resetting; read it before sending work."))));
        Assert.Equal(1, single.Count(ChangeKind.Renamed));
        Assert.Equal(["ABI0301"], Trees.Codes(single));
    }
}
