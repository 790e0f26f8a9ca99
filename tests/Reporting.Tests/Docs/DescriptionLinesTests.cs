using AbiTool.Model;
using AbiTool.Parsing;
using AbiTool.Reporting.Docs.Model;

namespace AbiTool.Tests.Docs;

/// <summary>Descriptions laid out as their authors wrote them, from the text the parser read.</summary>
public class DescriptionLinesTests
{
    private static DescriptionText Lines(string text)
    {
        var file = AbiFileParser.Parse(text, "testing/sysfs-foo", "testing/sysfs-foo");
        return DescriptionLines.Of(Assert.Single(file.Entries));
    }

    private static string[] Strings(DescriptionText text) => [.. text.Lines.Select(l => l.ToString())];

    [Fact]
    public void BodyLinesAlignedWithTheTagTextLoseThatIndentationOnly()
    {
        var text = Lines("What:\t\t/sys/foo\nDescription:\tFirst line.\n\t\tSecond line.\n\t\t  - indented item\n\n\t\tAfter a blank.\n");
        Assert.Equal(["First line.", "Second line.", "  - indented item", "", "After a blank."], Strings(text));
        Assert.Equal(2, text.FirstLine);
    }

    [Fact]
    public void ALineIndentedLessEndsTheAlignmentAndTabsInsideTextAreExpanded()
    {
        var text = Lines("What:\t\t/sys/foo\nDescription:\n\t\tText.\nValues:\n\t\ta\tb\n");
        Assert.Equal(["Text.", "Values:", new string(' ', 16) + "a       b"], Strings(text));
        Assert.Equal(3, text.FirstLine);
    }

    [Fact]
    public void CarriageReturnsDoNotReachTheLines()
    {
        var text = Lines("What:\t\t/sys/foo\r\nDescription:\tOne.\r\n\t\tTwo.\r\n\r\n\t\tThree.\r\n");
        Assert.Equal(["One.", "Two.", "", "Three."], Strings(text));
        Assert.All(text.Lines, l => Assert.DoesNotContain('\r', l.ToString()));
    }

    [Fact]
    public void ARepeatedDescriptionTagFallsBackToTheModelsText()
    {
        var file = AbiFileParser.Parse("What:\t\t/sys/foo\nDescription:\tOne.\nDescription:\tTwo.\n", "testing/sysfs-foo", "testing/sysfs-foo");
        var entry = Assert.Single(file.Entries);
        Assert.True(entry.Description!.Written.IsEmpty);
        Assert.Equal(entry.Description.Text, DescriptionLines.Of(entry).Text);
    }

    [Fact]
    public void ThePreambleKeepsItsSourceLine()
    {
        var file = AbiFileParser.Parse("\n\nThis file documents foo.\n  It has two lines.\n\nWhat:\t\t/sys/foo\nDescription:\tx\n", "testing/sysfs-foo", "testing/sysfs-foo");
        var preamble = DescriptionLines.Preamble(file);
        Assert.Equal(3, preamble.FirstLine);
        Assert.Equal(["This file documents foo.", "  It has two lines."], Strings(preamble));
    }
}
