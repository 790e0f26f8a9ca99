using AbiTool.Patches.Diff;
using Xunit;

namespace AbiTool.Tests.Patches;

public sealed class UnifiedDiffParserTests
{
    private static UnifiedDiff Parse(string text) => UnifiedDiffParser.Parse(text.Split('\n'));

    [Fact]
    public void HunkLinesCarryOldNewAndPatchLines()
    {
        var diff = Parse("""
            diff --git a/drivers/x.c b/drivers/x.c
            index 1..2 100644
            --- a/drivers/x.c
            +++ b/drivers/x.c
            @@ -10,3 +10,4 @@ static int f(void)
             a
            -b
            +c
            +d
             e
            """);
        var file = Assert.Single(diff.Files);
        Assert.Equal("drivers/x.c", file.OldPath);
        Assert.Equal("drivers/x.c", file.NewPath);
        var hunk = Assert.Single(file.Hunks);
        Assert.Equal("static int f(void)", hunk.Section);
        Assert.Equal([DiffLineKind.Context, DiffLineKind.Removed, DiffLineKind.Added, DiffLineKind.Added, DiffLineKind.Context], hunk.Lines.Select(l => l.Kind));
        Assert.Equal([10, 11, 0, 0, 12], hunk.Lines.Select(l => l.OldLine));
        Assert.Equal([10, 0, 11, 12, 13], hunk.Lines.Select(l => l.NewLine));
        Assert.Equal(8, hunk.Lines[2].PatchLine);
        Assert.Empty(diff.Problems);
    }

    [Fact]
    public void NewDeletedAndRenamedFiles()
    {
        var diff = Parse("""
            diff --git a/Documentation/ABI/testing/sysfs-new b/Documentation/ABI/testing/sysfs-new
            new file mode 100644
            index 0000000..1111111
            --- /dev/null
            +++ b/Documentation/ABI/testing/sysfs-new
            @@ -0,0 +1 @@
            +What:		/sys/x
            diff --git a/old.c b/old.c
            deleted file mode 100644
            --- a/old.c
            +++ /dev/null
            @@ -1 +0,0 @@
            -int x;
            diff --git a/Documentation/ABI/testing/sysfs-a b/Documentation/ABI/obsolete/sysfs-a
            similarity index 100%
            rename from Documentation/ABI/testing/sysfs-a
            rename to Documentation/ABI/obsolete/sysfs-a
            """);
        Assert.Equal(3, diff.Files.Length);
        Assert.True(diff.Files[0].IsNew);
        Assert.Equal(1, diff.Files[0].Hunks[0].Lines[0].NewLine);
        Assert.True(diff.Files[1].IsDeleted);
        Assert.True(diff.Files[2].IsRename);
        Assert.Equal("Documentation/ABI/obsolete/sysfs-a", diff.Files[2].NewPath);
        Assert.Empty(diff.Files[2].Hunks);
        Assert.Empty(diff.Problems);
    }

    [Fact]
    public void NoNewlineMarkerBelongsToThePreviousLine()
    {
        var diff = Parse("--- a/f\n+++ b/f\n@@ -1 +1 @@\n-old\n\\ No newline at end of file\n+new\n\\ No newline at end of file\n");
        var lines = Assert.Single(Assert.Single(diff.Files).Hunks).Lines;
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.True(l.NoNewlineAtEnd));
        Assert.Empty(diff.Problems);
    }

    [Fact]
    public void CountsAreEnforced_ATruncatedHunkIsAProblemAndKeepsWhatWasRead()
    {
        var diff = Parse("--- a/f.c\n+++ b/f.c\n@@ -1,4 +1,5 @@\n a\n+b");
        var problem = Assert.Single(diff.Problems);
        Assert.Equal(3, problem.PatchLine);
        Assert.Contains("truncated hunk", problem.Message);
        Assert.Equal(2, Assert.Single(Assert.Single(diff.Files).Hunks).Lines.Length);
    }

    [Fact]
    public void LinesAfterTheCountsAreNotPartOfTheHunk()
    {
        // The mail signature after the last hunk starts with "-- " and must not be read as a removed line.
        var diff = Parse("--- a/f.c\n+++ b/f.c\n@@ -1 +1,2 @@\n a\n+b\n-- \n2.43.0\n");
        Assert.Equal(2, Assert.Single(Assert.Single(diff.Files).Hunks).Lines.Length);
        Assert.Empty(diff.Problems);
    }

    [Fact]
    public void BinaryDiffsAreMarkedAndTheirDataSkipped()
    {
        var diff = Parse("""
            diff --git a/fw.bin b/fw.bin
            index 1..2 100644
            GIT binary patch
            literal 12
            zcmZ?wbhEHbRA6LeU|?VXk^lez

            literal 0
            HcmV?d00001

            diff --git a/Makefile b/Makefile
            --- a/Makefile
            +++ b/Makefile
            @@ -1 +1 @@
            -a
            +b
            """);
        Assert.Equal(2, diff.Files.Length);
        Assert.True(diff.Files[0].IsBinary);
        Assert.Empty(diff.Files[0].Hunks);
        Assert.Single(diff.Files[1].Hunks);
        Assert.True(Parse("diff --git a/x.png b/x.png\nBinary files a/x.png and b/x.png differ\n").Files[0].IsBinary);
    }

    [Fact]
    public void MalformedHunkHeaderIsAProblem()
    {
        var diff = Parse("--- a/f.c\n+++ b/f.c\n@@ -x +1 @@\n+a\n");
        Assert.Contains("malformed hunk header", Assert.Single(diff.Problems).Message);
    }

    [Fact]
    public void TextWithoutADiffHasNoFiles() => Assert.Empty(Parse("Hello,\n\nthis is a cover letter.\n-- \nme\n").Files);
}
