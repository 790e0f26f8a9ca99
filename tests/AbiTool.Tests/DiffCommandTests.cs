using System.Text.Json;

namespace AbiTool.Tests;

/// <summary><c>abi diff</c> end to end: directories, git revisions, exit codes and bad input.</summary>
public class DiffCommandTests
{
    private static string Entry(string what, string description = "The number of widgets.") =>
        $"What:\t\t{what}\nDate:\t\tMarch 2021\nKernelVersion:\t5.12\nContact:\tfoo@example.org\nDescription:\n\t\t{description}\n\n";

    // The command line as CliTests runs it: in process, with its own writers.
    private static (int Code, string Out, string Err) Run(params string[] args) => CliTests.Run(args);

    private static void AssertOneLineError((int Code, string Out, string Err) result, string expected) =>
        CliTests.AssertOneLineError(result, expected);

    [Fact]
    public void ChangesOnlyExitZeroAndAreListed()
    {
        using var tree = new TempTree();
        tree.Write("old/testing/sysfs-class-w", Entry("/sys/class/w/a"));
        tree.Write("new/testing/sysfs-class-w", Entry("/sys/class/w/a") + Entry("/sys/class/w/b"));
        tree.Write("new/stable/sysfs-class-w", Entry("/sys/class/w/c"));
        var (code, output, _) = Run("diff", Path.Join(tree.Root, "old"), Path.Join(tree.Root, "new"));
        Assert.Equal(0, code);
        Assert.Contains("info: [ABI0320] '/sys/class/w/b' added in testing/", output);
        Assert.Contains("info: [ABI0320] '/sys/class/w/c' added in stable/", output);
        Assert.EndsWith("2 added, 0 removed, 0 moved, 0 renamed, 0 changed, 1 unchanged", output.Trim());
    }

    [Fact]
    public void ABrokenRuleExitsOneAndRulesOnlyLeavesChangesOut()
    {
        using var tree = new TempTree();
        tree.Write("old/testing/sysfs-class-w", Entry("/sys/class/w/a") + Entry("/sys/class/w/gone", "Something else entirely."));
        tree.Write("new/testing/sysfs-class-w", Entry("/sys/class/w/a"));
        var (code, output, _) = Run("diff", Path.Join(tree.Root, "old"), Path.Join(tree.Root, "new"), "--rules-only");
        Assert.Equal(1, code);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("[ABI"));
        Assert.Contains($"{Path.Join(tree.Root, "old", "testing/sysfs-class-w")}:8:8: error: [ABI0301]", line);
        Assert.Equal(0, Run("diff", Path.Join(tree.Root, "old"), Path.Join(tree.Root, "new"), "--severity", "ABI0301=info").Code);
    }

    [Fact]
    public void JsonAndSarifCarryTheFindings()
    {
        using var tree = new TempTree();
        tree.Write("old/stable/sysfs-class-w", Entry("/sys/class/w/a"));
        tree.Write("new/testing/sysfs-class-w", Entry("/sys/class/w/a"));
        var (code, output, _) = Run("diff", Path.Join(tree.Root, "old"), Path.Join(tree.Root, "new"), "--format", "json");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var codes = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Equal(["ABI0302", "ABI0322"], codes.Order());
        var sarif = Run("diff", Path.Join(tree.Root, "old"), Path.Join(tree.Root, "new"), "--format", "sarif").Out;
        Assert.Contains("\"ruleId\": \"ABI0302\"", sarif);
    }

    [Fact]
    public void NoRenamesTurnsARenameIntoARemoval()
    {
        using var tree = new TempTree();
        tree.Write("old/testing/sysfs-bus-w", Entry("/sys/bus/w/devices/wX/size"));
        tree.Write("new/testing/sysfs-bus-w", Entry("/sys/bus/w/devices/w<N>/size"));
        var args = new[] { "diff", Path.Join(tree.Root, "old"), Path.Join(tree.Root, "new") };
        var renamed = Run(args);
        Assert.Equal(0, renamed.Code);
        Assert.Contains("[ABI0323] '/sys/bus/w/devices/wX/size' renamed to '/sys/bus/w/devices/w<N>/size' (placeholders renamed, confidence 1.00)", renamed.Out);
        var split = Run([.. args, "--no-renames"]);
        Assert.Equal(1, split.Code);
        Assert.Contains("[ABI0301]", split.Out);
    }

    [Fact]
    public void TodayDecidesWhichObsoleteEntriesAreLate()
    {
        using var tree = new TempTree();
        var obsolete = Entry("/sys/class/w/a", "Deprecated; removed after 2022.");
        tree.Write("old/obsolete/sysfs-class-w", obsolete);
        tree.Write("new/obsolete/sysfs-class-w", obsolete);
        var args = new[] { "diff", Path.Join(tree.Root, "old"), Path.Join(tree.Root, "new") };
        Assert.Equal(0, Run([.. args, "--today", "2022-12-31"]).Code);
        var late = Run([.. args, "--today", "2023-01-01"]);
        Assert.Equal(1, late.Code);
        Assert.Contains("[ABI0305]", late.Out);
        AssertOneLineError(Run([.. args, "--today", "next week"]), "--today 'next week': expected a date as YYYY-MM-DD");
    }

    [Fact]
    public void BadDirectoriesAreOneLineErrors()
    {
        using var tree = new TempTree();
        tree.Write("good/testing/sysfs-class-w", Entry("/sys/class/w/a"));
        tree.Write("flat/sysfs-class-w", Entry("/sys/class/w/a"));
        var good = Path.Join(tree.Root, "good");
        AssertOneLineError(Run("diff", Path.Join(tree.Root, "missing"), good), "no such ABI directory");
        AssertOneLineError(Run("diff", good, Path.Join(tree.Root, "flat")), "no ABI files in stable/, testing/, obsolete/ or removed/");
        AssertOneLineError(Run("diff", good), "abi:");
    }

    [SkippableFact]
    public void AnUnreadableFileIsAnInputError()
    {
        Skip.If(Environment.UserName == "root" || OperatingSystem.IsWindows(), "root may read any file, so an unreadable one cannot be made (CI runs as root)");
        using var tree = new TempTree();
        tree.Write("old/testing/sysfs-class-w", Entry("/sys/class/w/a"));
        var locked = tree.Write("new/testing/sysfs-class-w", Entry("/sys/class/w/a"));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            AssertOneLineError(Run("diff", Path.Join(tree.Root, "old"), Path.Join(tree.Root, "new")), "sysfs-class-w: cannot be read");
        }
        finally
        {
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>
    /// A kernel-like repository: one entry goes testing → obsolete → removed over three commits (allowed), and a
    /// fourth commit deletes a testing entry outright (the one violation).
    /// </summary>
    private static string BuildHistory(TempTree tree)
    {
        var repo = Path.Join(tree.Root, "linux");
        Directory.CreateDirectory(repo);
        GitRepo.Run(repo, "init", "-q", "-b", "master");
        const string abi = "linux/Documentation/ABI";
        tree.Write("linux/README", "not ABI\n");
        tree.Write($"{abi}/README", "rules\n");
        tree.Write($"{abi}/testing/sysfs-class-w", Entry("/sys/class/w/old_knob", "A knob."));
        tree.Write($"{abi}/testing/sysfs-class-v", Entry("/sys/class/v/doomed", "Something that goes."));
        GitRepo.Run(repo, "add", "-A");
        GitRepo.Run(repo, "commit", "-q", "-m", "start");
        GitRepo.Run(repo, "tag", "v1");

        File.Delete(Path.Join(tree.Root, abi, "testing/sysfs-class-w"));
        tree.Write($"{abi}/obsolete/sysfs-class-w", Entry("/sys/class/w/old_knob", "A knob. It will be removed after 2024."));
        GitRepo.Run(repo, "add", "-A");
        GitRepo.Run(repo, "commit", "-q", "-m", "obsolete the knob");

        File.Delete(Path.Join(tree.Root, abi, "obsolete/sysfs-class-w"));
        tree.Write($"{abi}/removed/sysfs-class-w", Entry("/sys/class/w/old_knob", "A knob. Removed in 2025."));
        GitRepo.Run(repo, "add", "-A");
        GitRepo.Run(repo, "commit", "-q", "-m", "remove the knob");

        File.Delete(Path.Join(tree.Root, abi, "testing/sysfs-class-v"));
        GitRepo.Run(repo, "add", "-A");
        GitRepo.Run(repo, "commit", "-q", "-m", "drop doomed");
        GitRepo.Run(repo, "tag", "v2");
        return repo;
    }

    [SkippableFact]
    public void GitHistoryReportsExactlyTheOneViolation()
    {
        Skip.IfNot(GitRepo.Available, "git is not installed");
        using var tree = new TempTree();
        var repo = BuildHistory(tree);
        var (code, output, err) = Run("diff", "--git", repo, "v1", "v2", "--rules-only", "--format", "json", "--today", "2024-06-01");
        Assert.True(code == 1, err);
        using var json = JsonDocument.Parse(output);
        var finding = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("ABI0301", finding.GetProperty("code").GetString());
        Assert.StartsWith("'/sys/class/v/doomed'", finding.GetProperty("message").GetString()!.Replace("testing interface ", ""));
        Assert.EndsWith(":Documentation/ABI/testing/sysfs-class-v", finding.GetProperty("file").GetString());

        // The two ends alone make the knob look as if it skipped obsolete.
        var ends = Run("diff", "--git", repo, "v1", "v2", "--rules-only", "--no-history", "--today", "2024-06-01");
        Assert.Equal(2, ends.Out.Split('\n').Count(l => l.Contains("[ABI0301]")));
        Assert.Contains("v2:Documentation/ABI/removed/sysfs-class-w:1:8: error: [ABI0301] testing interface '/sys/class/w/old_knob' moved to removed/", ends.Out);
        Assert.Contains("v1:Documentation/ABI/testing/sysfs-class-w:1:8: note:", ends.Out);
    }

    [SkippableFact]
    public void GitChangesAreReadWithoutACheckout()
    {
        Skip.IfNot(GitRepo.Available, "git is not installed");
        using var tree = new TempTree();
        var repo = BuildHistory(tree);
        // The working tree is not what is read: change it and the result stays the same.
        File.WriteAllText(Path.Join(repo, "Documentation/ABI/testing/sysfs-class-new"), Entry("/sys/class/new/x"));
        var (_, output, _) = Run("diff", "--git", repo, "v1", "v2");
        Assert.Contains("v2:Documentation/ABI/removed/sysfs-class-w:1:8: info: [ABI0322] '/sys/class/w/old_knob' moved from testing/ to removed/", output);
        Assert.DoesNotContain("/sys/class/new/x", output);
    }

    [SkippableFact]
    public void BadRevisionsAndRepositoriesAreOneLineErrors()
    {
        Skip.IfNot(GitRepo.Available, "git is not installed");
        using var tree = new TempTree();
        var repo = BuildHistory(tree);
        AssertOneLineError(Run("diff", "--git", repo, "v1", "no-such-rev"), $"{repo}: no revision 'no-such-rev'");
        AssertOneLineError(Run("diff", "--git", repo, "--", "-v1", "v2"), "'-v1' is not a revision");
        var notRepo = Path.Join(tree.Root, "plain");
        Directory.CreateDirectory(notRepo);
        AssertOneLineError(Run("diff", "--git", notRepo, "v1", "v2"), "not a git repository");
        AssertOneLineError(Run("diff", "--git", Path.Join(tree.Root, "nowhere"), "v1", "v2"), "no such repository");
    }

    [SkippableFact]
    public void ARepositoryOfAbiFilesAloneIsReadFromItsRoot()
    {
        Skip.IfNot(GitRepo.Available, "git is not installed");
        using var tree = new TempTree();
        var repo = Path.Join(tree.Root, "abi-docs");
        Directory.CreateDirectory(repo);
        GitRepo.Run(repo, "init", "-q", "-b", "main");
        tree.Write("abi-docs/stable/sysfs-class-w", Entry("/sys/class/w/a"));
        GitRepo.Run(repo, "add", "-A");
        GitRepo.Run(repo, "commit", "-q", "-m", "one");
        tree.Write("abi-docs/testing/sysfs-class-w", Entry("/sys/class/w/b"));
        GitRepo.Run(repo, "add", "-A");
        GitRepo.Run(repo, "commit", "-q", "-m", "two");
        var (code, output, err) = Run("diff", "--git", repo, "HEAD~1", "HEAD");
        Assert.True(code == 0, err);
        Assert.Contains("HEAD:testing/sysfs-class-w:1:8: info: [ABI0320] '/sys/class/w/b' added in testing/", output);
        Assert.Contains("1 added, 0 removed, 0 moved, 0 renamed, 0 changed, 1 unchanged", output);
    }

    [SkippableFact]
    public void NoHistoryReadsOnlyTheTwoEnds()
    {
        Skip.IfNot(GitRepo.Available, "git is not installed");
        using var tree = new TempTree();
        var repo = Path.Join(tree.Root, "linux");
        Directory.CreateDirectory(repo);
        GitRepo.Run(repo, "init", "-q", "-b", "master");
        tree.Write("linux/Documentation/ABI/testing/sysfs-class-w", Entry("/sys/class/w/a"));
        GitRepo.Commit(repo, "start");
        GitRepo.Run(repo, "tag", "v1");
        // The middle commit moves the ABI folder away: no tree can be read there.
        Directory.Move(Path.Join(repo, "Documentation/ABI"), Path.Join(repo, "Documentation/abi-moved"));
        GitRepo.Commit(repo, "move the folder");
        Directory.Move(Path.Join(repo, "Documentation/abi-moved"), Path.Join(repo, "Documentation/ABI"));
        tree.Write("linux/Documentation/ABI/testing/sysfs-class-w", Entry("/sys/class/w/a") + Entry("/sys/class/w/b"));
        GitRepo.Commit(repo, "move it back, add b");
        GitRepo.Run(repo, "tag", "v2");

        AssertOneLineError(Run("diff", "--git", repo, "v1", "v2"), "no ABI files in stable/, testing/, obsolete/ or removed/");
        var (code, output, err) = Run("diff", "--git", repo, "v1", "v2", "--no-history");
        Assert.True(code == 0, err);
        Assert.Contains("'/sys/class/w/b' added in testing/", output);
    }
}
