using AbiTool.Model;
using AbiTool.Parsing;

namespace AbiTool.Tests;

/// <summary>The parser on small hand-written files: regular layout, and each irregularity class real trees contain.</summary>
public class FileParserTests
{
    private static AbiFile Parse(string text, string relative = "testing/sysfs-class-foo") =>
        AbiFileParser.Parse(text.Replace("\r\n", "\n"), relative, relative);

    private static ParseNote Single(AbiFile file, ParseNoteKind kind) => Assert.Single(file.Notes, n => n.Kind == kind);

    [Fact]
    public void ReadsARegularEntryWithEveryTag()
    {
        var file = Parse("What:\t\t/sys/class/foo/bar\nDate:\t\tMarch 2021\nKernelVersion:\t5.12\nContact:\tfoo@example.org\n" +
                         "Description:\n\t\t(RO) The bar of a foo.\n\t\tSecond line.\nUsers:\t\tfooctl\n");
        var entry = Assert.Single(file.Entries);
        Assert.Equal(["/sys/class/foo/bar"], entry.WhatTexts);
        Assert.Equal("March 2021", entry.Date!.Value);
        Assert.Equal("5.12", entry.KernelVersion!.Value);
        Assert.Equal("foo@example.org", entry.Contact!.Value);
        Assert.Equal("fooctl", entry.Users!.Value);
        Assert.Equal("(RO) The bar of a foo.\nSecond line.", entry.Description!.Text);
        Assert.Equal(AbiLevel.Testing, entry.Level);
        Assert.Empty(file.Notes);
    }

    [Fact]
    public void SpansPointAtTheWhatValueAndCoverTheEntry()
    {
        var file = Parse("\nWhat:\t\t/sys/class/foo/bar\nDescription:\tText.\n\tMore.\n\n");
        var entry = Assert.Single(file.Entries);
        var what = entry.Whats[0];
        Assert.Equal((2, 8), (what.Span.Line, what.Span.Column));
        Assert.Equal(2, entry.Span.Line);
        Assert.Equal(4, entry.Span.EndLine);
        Assert.Equal(4, entry.Description!.Span.EndLine);
    }

    [Fact]
    public void SeveralWhatLinesMakeOneEntry()
    {
        var file = Parse("What:\t/sys/a/x\nWhat:\t/sys/a/y\nDate:\tMay 2020\nDescription:\tBoth.\n\nWhat:\t/sys/a/z\nDescription:\tZ.\n");
        Assert.Equal(2, file.Entries.Length);
        Assert.Equal(["/sys/a/x", "/sys/a/y"], file.Entries[0].WhatTexts);
        Assert.Equal(["/sys/a/z"], file.Entries[1].WhatTexts);
    }

    [Fact]
    public void IndentedPathUnderAWhatIsAnotherWhatAndIsNoted()
    {
        var file = Parse("What:\t\t/sys/a/x\n\t\t/sys/a/y\nDescription:\tBoth.\n");
        Assert.Equal(["/sys/a/x", "/sys/a/y"], Assert.Single(file.Entries).WhatTexts);
        var note = Single(file, ParseNoteKind.UntaggedWhat);
        Assert.Equal((2, 3), (note.Span.Line, note.Span.Column));
        Assert.Equal(WhatForm.Untagged, file.Entries[0].Whats[1].Form);
    }

    [Fact]
    public void IndentedNonPathUnderAWhatContinuesIt()
    {
        var file = Parse("What:\t\t/sys/a/x\n\t\tformerly\n\t\t/sys/b/x\nDescription:\tRenamed.\n");
        Assert.Equal(["/sys/a/x formerly", "/sys/b/x"], Assert.Single(file.Entries).WhatTexts);
        Assert.Equal(2, Single(file, ParseNoteKind.WhatContinuation).Span.Line);
    }

    [Fact]
    public void TagWithoutColonIsReadAsTheTagAndNoted()
    {
        var file = Parse("What:\t/sys/a/x\nDate:\tMay 2020\nKernelVersion\t5.8\nDescription:\tX.\n");
        Assert.Equal("5.8", Assert.Single(file.Entries).KernelVersion!.Value);
        var note = Single(file, ParseNoteKind.TagWithoutColon);
        Assert.Equal(("KernelVersion", 3), (note.Detail, note.Span.Line));
        Assert.Equal(TagForm.NoColon, file.Entries[0].KernelVersion!.Form);
    }

    [Fact]
    public void ColonlessWhatAfterADescriptionStartsANewEntry()
    {
        // The kernel's tools read this What as more Description text and lose the entry.
        var file = Parse("What:\t/sys/a/x\nDescription:\n\t\tX.\n\nWhat            /sys/a/y\nDescription:\tY.\n");
        Assert.Equal(2, file.Entries.Length);
        Assert.Equal("/sys/a/y", file.Entries[1].Whats[0].Text);
        Assert.Equal("X.", file.Entries[0].Description!.Text);
    }

    [Fact]
    public void SemicolonForColonIsReadAsTheTag()
    {
        var file = Parse("What:\t/sys/a/x\nDescription:\tX.\n\nWhat;\t\t/sys/a/y\nDescription:\tY.\n");
        Assert.Equal(2, file.Entries.Length);
        Assert.Equal("What;", Single(file, ParseNoteKind.TagWithoutColon).Detail);
    }

    [Theory]
    [InlineData("WDate", AbiTagKind.Date)]
    [InlineData("User", AbiTagKind.Users)]
    [InlineData("Where", AbiTagKind.What)]
    [InlineData("Contacts", AbiTagKind.Contact)]
    public void MisspelledTagIsReadAsTheNearestTag(string written, AbiTagKind meant)
    {
        var what = meant == AbiTagKind.What ? "" : "What:\t/sys/a/x\n";
        var file = Parse($"{what}{written}:\tvalue\nDescription:\tX.\n");
        var entry = Assert.Single(file.Entries);
        Assert.NotNull(entry.Tags.SingleOrDefault(t => t.Kind == meant && t.WrittenName == written && t.Form == TagForm.Misspelled));
        var note = Single(file, ParseNoteKind.TagMisspelled);
        Assert.Equal((written, TagNames.NameOf(meant)), (note.Detail, note.Suggestion));
    }

    [Theory]
    [InlineData("Note")]
    [InlineData("Values")]
    [InlineData("Example")]
    public void WordsThatOpenDescriptionLinesAreNotTakenForTags(string word)
    {
        var file = Parse($"What:\t/sys/a/x\nDescription:\n\tText.\n{word}: more text\n\tand more.\n");
        var entry = Assert.Single(file.Entries);
        Assert.Contains($"{word}: more text", entry.Description!.Text);
        Assert.Equal(word, Single(file, ParseNoteKind.TagLikeDescriptionLine).Detail);
    }

    [Fact]
    public void UnknownTagAmongTheHeaderIsNotedWithASuggestion()
    {
        var file = Parse("What:\t/sys/a/x\nDevice:\tall\nDescription:\tX.\n");
        var note = Single(file, ParseNoteKind.UnknownTag);
        Assert.Equal("Device", note.Detail);
        Assert.Equal(2, note.Span.Line);
        Assert.Equal("X.", file.Entries[0].Description!.Text);
    }

    [Fact]
    public void WrongCaseTagIsReadAndNoted()
    {
        var file = Parse("what:\t/sys/a/x\ncontact:\tme@example.org\nDescription:\tX.\n");
        Assert.Equal("me@example.org", Assert.Single(file.Entries).Contact!.Value);
        Assert.Equal(2, file.Notes.Count(n => n.Kind == ParseNoteKind.TagWrongCase));
    }

    [Fact]
    public void TextBeforeTheFirstTagIsThePreamble()
    {
        var file = Parse("This file documents foo.\nIt has two lines.\n\nWhat:\t/sys/a/x\nDescription:\tX.\n");
        Assert.Equal("This file documents foo.\nIt has two lines.", file.Preamble);
        Assert.Equal(1, Single(file, ParseNoteKind.Preamble).Span.Line);
        Assert.Single(file.Entries);
    }

    [Fact]
    public void DescriptionKeepsItsOwnRelativeIndentationAcrossTabsAndSpaces()
    {
        // Tabs stop every 8 columns: "\t\t" is 16 columns, "\t\t  " is 18, 16 spaces is 16.
        var file = Parse("What:\t/sys/a/x\nDescription:\n\t\tValues::\n\n\t\t  0 - off\n                1 - on\n");
        Assert.Equal("Values::\n\n  0 - off\n1 - on", Assert.Single(file.Entries).Description!.Text);
        var note = Single(file, ParseNoteKind.MixedIndentation);
        Assert.Equal(6, note.Span.Line);
    }

    [Fact]
    public void DescriptionTextOnTheTagLineStartsTheText()
    {
        var file = Parse("What:\t/sys/a/x\nDescription:\tFirst line\n\t\tsecond line\n\t\t  indented\n");
        Assert.Equal("First line\nsecond line\n  indented", file.Entries[0].Description!.Text);
    }

    [Fact]
    public void BlankLinesBetweenTheTagLineAndTheBodyAreKept()
    {
        var file = Parse("What:\t/sys/a/x\nDescription:\tFirst paragraph.\n\n\t\tSecond paragraph.\n\n\t\tThird.\n\n");
        Assert.Equal("First paragraph.\n\nSecond paragraph.\n\nThird.", file.Entries[0].Description!.Text);
    }

    [Fact]
    public void RepeatedDescriptionIsReadAsAnotherParagraph()
    {
        var file = Parse("What:\t/sys/a/x\nDescription:\tOne.\nDescription:\tTwo.\n");
        Assert.Equal("One.\n\nTwo.", file.Entries[0].Description!.Text);
        Assert.Equal("appended", Single(file, ParseNoteKind.DuplicateTag).Suggestion);
    }

    [Fact]
    public void EmptyDescriptionIsEmpty()
    {
        var file = Parse("What:\t/sys/a/x\nDate:\tMay 2020\nDescription:\n\nWhat:\t/sys/a/y\nDescription:\tY.\n");
        Assert.True(file.Entries[0].Description!.IsEmpty);
        Assert.False(file.Entries[1].Description!.IsEmpty);
    }

    [Fact]
    public void BlankLineInsideTheTagsIsNotedButKeepsOneEntry()
    {
        var file = Parse("What:\t/sys/a/x\n\nDate:\tMay 2020\nDescription:\tX.\n");
        Assert.Equal("May 2020", Assert.Single(file.Entries).Date!.Value);
        Assert.Equal(2, Single(file, ParseNoteKind.BlankLineInHeader).Span.Line);
    }

    [Fact]
    public void EntryRightAfterTextWithoutABlankLineIsNoted()
    {
        var file = Parse("What:\t/sys/a/x\nDescription:\n\tX.\nWhat:\t/sys/a/y\nDescription:\tY.\n");
        Assert.Equal(2, file.Entries.Length);
        Assert.Equal(4, Single(file, ParseNoteKind.NoBlankLineBeforeEntry).Span.Line);
    }

    [Fact]
    public void TagsAboveTheirWhatBelongToIt()
    {
        var file = Parse("What:\t/sys/a/x\nDescription:\tX.\n\nContact:\tme@example.org\nWhat:\t/sys/a/y\nWhat:\t/sys/a/z\nDescription:\tY.\n");
        Assert.Equal(2, file.Entries.Length);
        Assert.Equal("me@example.org", file.Entries[1].Contact!.Value);
        Assert.Equal(["/sys/a/y", "/sys/a/z"], file.Entries[1].WhatTexts);
        Assert.Null(file.Entries[0].Contact);
        Assert.Equal(5, Single(file, ParseNoteKind.TagsBeforeWhat).Span.Line);
    }

    [Fact]
    public void SecondContactIsMergedAndNoted()
    {
        var file = Parse("What:\t/sys/a/x\nContact:\ta@example.org\nContact:\tb@example.org\nDescription:\tX.\n");
        Assert.Equal("a@example.org, b@example.org", Assert.Single(file.Entries).Contact!.Value);
        Assert.Equal("merged", Single(file, ParseNoteKind.DuplicateTag).Suggestion);
    }

    [Fact]
    public void MultiLineUsersKeepTheirLines()
    {
        var file = Parse("What:\t/sys/a/x\nDescription:\tX.\nUsers:\t\tfooctl\n\t\tbard <bard@example.org>\n");
        Assert.Equal("fooctl\nbard <bard@example.org>", file.Entries[0].Users!.Value);
    }

    [Fact]
    public void ColumnZeroTextBetweenEntriesIsStray()
    {
        var file = Parse("What:\t/sys/a/x\nDescription:\tX.\nUsers:\tfoo\n\nSection heading\n\nWhat:\t/sys/a/y\nDescription:\tY.\n");
        Assert.Equal(2, file.Entries.Length);
        Assert.Equal(5, Single(file, ParseNoteKind.StrayText).Span.Line);
    }

    [Fact]
    public void UrlsAtColumnZeroAreNotTags()
    {
        var file = Parse("What:\t/sys/a/x\nDescription:\n\tSee\nhttps://example.org/x\n");
        Assert.Contains("https://example.org/x", file.Entries[0].Description!.Text);
        Assert.DoesNotContain(file.Notes, n => n.Kind == ParseNoteKind.TagLikeDescriptionLine);
    }

    [Fact]
    public void CrLfLineEndingsReadLikeLf()
    {
        var file = AbiFileParser.Parse("What:\t/sys/a/x\r\nDescription:\tX.\r\n", "testing/f", "testing/f");
        Assert.Equal("/sys/a/x", file.Entries[0].Whats[0].Text);
        Assert.Equal("X.", file.Entries[0].Description!.Text);
    }

    [Fact]
    public void FileWithoutTagsHasNoEntriesAndSaysSo()
    {
        var file = Parse("Just some prose.\nNo tags at all.\n");
        Assert.Empty(file.Entries);
        Single(file, ParseNoteKind.NoEntries);
        Assert.DoesNotContain(file.Notes, n => n.Kind == ParseNoteKind.Preamble);
    }

    [Fact]
    public void EmptyFileSaysSo()
    {
        Single(Parse(""), ParseNoteKind.EmptyFile);
        Single(Parse("\n  \n\t\n"), ParseNoteKind.EmptyFile);
    }

    [Theory]
    [InlineData("stable/sysfs-a", AbiLevel.Stable)]
    [InlineData("testing/sub/sysfs-a", AbiLevel.Testing)]
    [InlineData("obsolete/sysfs-a", AbiLevel.Obsolete)]
    [InlineData("removed/sysfs-a", AbiLevel.Removed)]
    [InlineData("sysfs-a", AbiLevel.None)]
    [InlineData("other/sysfs-a", AbiLevel.None)]
    public void LevelComesFromTheFirstFolder(string relative, AbiLevel level) =>
        Assert.Equal(level, Parse("What:\t/sys/a\nDescription:\tX.\n", relative).Level);

    [Fact]
    public void UnreadableFileIsNotedNotThrown()
    {
        var source = new AbiTool.Sources.AbiSourceFile("stable/x", "abi/stable/x", 10, () => throw new UnauthorizedAccessException("Access denied"));
        var file = AbiTool.Sources.AbiCorpusReader.ReadFile(source);
        Assert.Empty(file.Entries);
        Assert.Equal("Access denied", Single(file, ParseNoteKind.Unreadable).Detail);
    }
}
