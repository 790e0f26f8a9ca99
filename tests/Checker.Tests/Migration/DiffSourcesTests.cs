using AbiTool.Migration;
using AbiTool.Sources;

namespace AbiTool.Tests.Migration;

/// <summary><see cref="DiffSources.Git"/>: history walks every commit between the ends; without it only the ends are read.</summary>
public class DiffSourcesTests
{
    [SkippableFact]
    public void ABrokenMiddleCommitFailsTheHistoryButNotTheEnds()
    {
        Skip.IfNot(GitRepo.Available, "git is not installed");
        using var tree = new TempTree();
        tree.Write("Documentation/ABI/testing/sysfs-class-w", Trees.Entry("/sys/class/w/a"));
        GitRepo.Run(tree.Root, "init", "-q", "-b", "main");
        GitRepo.Commit(tree.Root, "start");
        GitRepo.Run(tree.Root, "tag", "v1");
        File.Delete(Path.Join(tree.Root, "Documentation/ABI/testing/sysfs-class-w"));
        tree.Write("Documentation/ABI/sysfs-class-w", Trees.Entry("/sys/class/w/a"));   // outside every level folder
        GitRepo.Commit(tree.Root, "broken");
        File.Delete(Path.Join(tree.Root, "Documentation/ABI/sysfs-class-w"));
        tree.Write("Documentation/ABI/testing/sysfs-class-w", Trees.Entry("/sys/class/w/a") + Trees.Entry("/sys/class/w/b"));
        GitRepo.Commit(tree.Root, "mended");
        GitRepo.Run(tree.Root, "tag", "v2");

        var source = new GitSource(tree.Root);
        var error = Assert.Throws<AbiInputException>(() => DiffSources.Git(source, "v1", "v2", DiffOptions.Default, history: true));
        Assert.Contains("no ABI files in stable/, testing/", error.Message);

        var ends = DiffSources.Git(source, "v1", "v2", DiffOptions.Default, history: false);
        var added = Assert.Single(ends.Changes, c => c.Kind == ChangeKind.Added);
        Assert.Equal("/sys/class/w/b", added.What);
        Assert.Empty(ends.Diagnostics);
    }
}
