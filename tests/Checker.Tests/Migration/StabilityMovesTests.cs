using AbiTool.Migration;
using AbiTool.Model;

namespace AbiTool.Tests.Migration;

/// <summary>Every move of the table, allowed or not, through a real diff of two small trees.</summary>
public class StabilityMovesTests
{
    private const string What = "/sys/class/widget/count";

    // Obsolete entries announce their removal, so the date rule stays quiet and only the move is judged.
    private const string Notice = "Counts widgets. This file will be removed after 2030.";

    public static TheoryData<string, string> EveryMove()
    {
        var data = new TheoryData<string, string>();
        foreach (var move in StabilityMoves.Table) data.Add(LevelMove.Name(move.From), LevelMove.Name(move.To));
        return data;
    }

    private static AbiCorpus TreeWith(string root, AbiLevel? level) =>
        level is { } l
            ? Trees.Of(root, ("stable/sysfs-other", Trees.Entry("/sys/other")), ($"{l.FolderName()}/sysfs-class-widget", Trees.Entry(What, Notice)))
            : Trees.Of(root, ("stable/sysfs-other", Trees.Entry("/sys/other")));

    private static AbiLevel? Parse(string name) => AbiLevels.TryParse(name, out var level) ? level : null;

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void EachMoveRaisesExactlyItsCode(string from, string to)
    {
        var move = StabilityMoves.Find(Parse(from), Parse(to))!;
        var diff = Trees.Diff(TreeWith("old", move.From), TreeWith("new", move.To));
        var change = diff.Find(What)!;
        Assert.Equal(move, change.Move);
        Assert.Equal(move.Code is null ? [] : new[] { move.Code.Code }, Trees.Codes(diff));
        Assert.Equal(move.Verdict == MoveVerdict.Allowed, move.Code is null);
    }

    [Fact]
    public void TheTableCoversEveryPairOfDifferentPlacesOnce()
    {
        AbiLevel?[] places = [null, AbiLevel.Stable, AbiLevel.Testing, AbiLevel.Obsolete, AbiLevel.Removed];
        foreach (var from in places)
        {
            foreach (var to in places)
            {
                if (from == to) Assert.Null(StabilityMoves.Find(from, to));
                else Assert.NotNull(StabilityMoves.Find(from, to));
            }
        }
        Assert.Equal(20, StabilityMoves.Table.Length);
        Assert.All(StabilityMoves.Table, m => Assert.False(string.IsNullOrWhiteSpace(m.Rule)));
    }

    [Fact]
    public void TheCentralRuleNamesTheRemovedInterfaceAtItsOldPlace()
    {
        var diff = Trees.Diff(TreeWith("old", AbiLevel.Testing), TreeWith("new", null));
        var finding = Assert.Single(diff.Diagnostics);
        Assert.Equal("ABI0301", finding.Code);
        Assert.Equal(Severity(Diagnostics.Severity.Error), Severity(finding.Severity));
        Assert.Equal("old/testing/sysfs-class-widget", finding.Span.File);
        Assert.Equal(1, finding.Span.Line);
        Assert.Contains($"testing interface '{What}' was removed without going through obsolete/ first", finding.Message);
    }

    [Fact]
    public void StableBackToTestingPointsAtBothPlaces()
    {
        var diff = Trees.Diff(TreeWith("old", AbiLevel.Stable), TreeWith("new", AbiLevel.Testing));
        var finding = Assert.Single(diff.Diagnostics);
        Assert.Equal("ABI0302", finding.Code);
        Assert.Equal("new/testing/sysfs-class-widget", finding.Span.File);
        Assert.Equal("old/stable/sysfs-class-widget", Assert.Single(finding.Related).Span.File);
    }

    [Fact]
    public void AnEntryWithManyWhatsRemovedIsOneFinding()
    {
        var entry = "What:\t\t/sys/class/widget/a\nWhat:\t\t/sys/class/widget/b\nWhat:\t\t/sys/class/widget/c\nDate:\t\tMarch 2021\nContact:\tx@example.org\nDescription:\t\tWidgets.\n";
        var diff = Trees.Diff(Trees.Of("old", ("testing/sysfs-class-widget", entry)), Trees.Of("new", ("stable/other", Trees.Entry("/sys/other"))));
        Assert.Equal(3, diff.Count(ChangeKind.Removed));
        var finding = Assert.Single(diff.Diagnostics);
        Assert.Contains("(and 2 more Whats of its entry)", finding.Message);
    }

    private static string Severity(Diagnostics.Severity s) => s.ToString();
}
