using AbiTool.Migration;

namespace AbiTool.Tests.Migration;

/// <summary>Changes to an entry's fields, and what does not count as one.</summary>
public class ChangeTests
{
    private const string What = "/sys/class/widget/count";

    [Fact]
    public void FieldChangesAreNamedAndReflowIsNot()
    {
        var old = Trees.Of("old", ("testing/w", Trees.Entry(What, "Counts\n\t\twidgets.")));
        Assert.Empty(Trees.Diff(old, Trees.Of("new", ("testing/w", Trees.Entry(What, "Counts widgets.")))).Changes);
        var diff = Trees.Diff(old, Trees.Of("new", ("testing/w", Trees.Entry(What, "Counts all widgets.", "May 2022"))));
        var change = Assert.Single(diff.Changes);
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal([EntryField.Date, EntryField.Description], change.ChangedFields.ToArray());
        Assert.Equal(0, diff.Unchanged);
    }

    [Fact]
    public void AddedInterfacesGiveTheirLevelAndNoFinding()
    {
        var diff = Trees.Diff(Trees.Of("old", ("stable/w", Trees.Entry("/sys/a"))),
            Trees.Of("new", ("stable/w", Trees.Entry("/sys/a")), ("testing/v", Trees.Entry(What))));
        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.Added, Model.AbiLevel.Testing), (change.Kind, change.NewLevel!.Value));
        Assert.Equal(1, diff.Unchanged);
        Assert.Empty(diff.Diagnostics);
        var info = ChangeReport.Finding(change);
        Assert.Equal(("ABI0320", "new/testing/v"), (info.Code, info.Span.File));
    }

    [Fact]
    public void AWhatDocumentedTwiceIsPairedByFile()
    {
        var old = Trees.Of("old", ("testing/a", Trees.Entry(What, "From a.")), ("testing/b", Trees.Entry(What, "From b.")));
        var @new = Trees.Of("new", ("testing/b", Trees.Entry(What, "From b.")), ("obsolete/a", Trees.Entry(What, "From a, gone after 2030.")));
        var diff = Trees.Diff(old, @new);
        var change = Assert.Single(diff.Changes);
        Assert.Equal(ChangeKind.Moved, change.Kind);
        Assert.Equal("testing/a", change.Old!.Entry.RelativePath);
        Assert.Equal(1, diff.Unchanged);
    }

    [Fact]
    public void HistoryJudgesEveryStep()
    {
        var t0 = Trees.Of("r0", ("testing/w", Trees.Entry(What)));
        var t1 = Trees.Of("r1", ("obsolete/w", Trees.Entry(What, "Removed after 2020.")));
        var t2 = Trees.Of("r2", ("removed/w", Trees.Entry(What, "Removed after 2020.")));
        Assert.Equal(["ABI0301"], Trees.Codes(Trees.Diff(t0, t2)));
        var history = AbiDiff.CompareHistory([t0, t1, t2], DiffOptions.Default);
        Assert.Empty(history.Diagnostics);
        Assert.Equal(ChangeKind.Moved, Assert.Single(history.Changes).Kind);
    }
}
