using AbiTool.Migration;
using AbiTool.Sources;

namespace AbiTool.Tests.Migration;

/// <summary>A tree a diff cannot trust is an input error, not a list of removals.</summary>
public class DiffInputTests
{
    [Fact]
    public void AnUnreadableFileNamesItself()
    {
        var bad = new AbiSourceFile("testing/sysfs-class-w", "t/testing/sysfs-class-w", 10, () => throw new IOException("Permission denied"));
        var tree = AbiCorpusReader.Read("t", [bad]);
        var e = Assert.Throws<AbiInputException>(() => DiffInput.Require(tree));
        Assert.Equal("t/testing/sysfs-class-w: cannot be read (Permission denied)", e.Message);
    }

    [Fact]
    public void ATreeWithoutLevelFoldersIsRefused()
    {
        var tree = Trees.Of("flat", ("sysfs-class-w", Trees.Entry("/sys/class/w/a")));
        var e = Assert.Throws<AbiInputException>(() => DiffInput.Require(tree));
        Assert.StartsWith("flat: no ABI files in stable/, testing/, obsolete/ or removed/", e.Message);
        var good = Trees.Of("good", ("testing/sysfs-class-w", Trees.Entry("/sys/class/w/a")));
        Assert.Same(good, DiffInput.Require(good));
    }
}
