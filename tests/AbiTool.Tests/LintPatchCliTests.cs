using System.Diagnostics;
using System.Text.Json;
using AbiTool.Cli;

namespace AbiTool.Tests;

/// <summary><c>abi lint-patch</c> end to end: checkpatch-style text, the shared reporters, exit codes, bad input, --git.</summary>
public class LintPatchCliTests
{
    private const string Patch = """
        From 1234567890abcdef1234567890abcdef12345678 Mon Sep 17 00:00:00 2001
        From: A Developer <dev@example.org>
        Subject: [PATCH v2 1/1] foo: add speed

        ---
        diff --git a/drivers/foo/core.c b/drivers/foo/core.c
        --- a/drivers/foo/core.c
        +++ b/drivers/foo/core.c
        @@ -3,1 +3,2 @@
         static DEVICE_ATTR_RO(name);
        +static DEVICE_ATTR_RO(speed);
        -- 
        2.43.0

        """;

    private static (int Code, string Out, string Err) Run(params string[] args) => CliTests.Run(args);

    [Fact]
    public void CheckpatchStyleOutputAndExitOneOnAWarning()
    {
        using var tree = new TempTree();
        var path = tree.Write("0001-foo.patch", Patch);
        var (code, output, _) = Run("lint-patch", path);
        Assert.Equal(1, code);
        var lines = output.Split('\n');
        var warning = Array.FindIndex(lines, l => l.StartsWith("WARNING: [ABI0401] new sysfs attribute 'speed'"));
        Assert.True(warning >= 0, output);
        Assert.Equal("#11: FILE: drivers/foo/core.c:4:", lines[warning + 1]);
        Assert.Equal("+static DEVICE_ATTR_RO(speed);", lines[warning + 2]);
        Assert.Contains("total: 0 errors, 1 warnings, 0 notes,", output);
        Assert.Contains($"{path} ([PATCH v2 1/1] foo: add speed) has ABI documentation problems", output);
    }

    [Fact]
    public void JsonReporterAndFailOnError()
    {
        using var tree = new TempTree();
        var path = tree.Write("0001-foo.patch", Patch);
        var (code, output, _) = Run("lint-patch", path, "--format", "json", "--fail-on", "error");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var finding = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("ABI0401", finding.GetProperty("code").GetString());
    }

    [Fact]
    public void DocumentedByDirExitsZero()
    {
        using var tree = new TempTree();
        var path = tree.Write("0001-foo.patch", Patch);
        tree.Write("abi/testing/sysfs-bus-foo", "What:\t\t/sys/bus/foo/devices/fooX/speed\nDate:\t\tMarch 2026\nKernelVersion:\t7.1\nContact:\tfoo@example.org\nUsers:\t\tfooctl\nDescription:\n\t\t(RO) Speed.\n");
        var (code, output, _) = Run("lint-patch", "--dir", Path.Join(tree.Root, "abi"), path);
        Assert.Equal(0, code);
        Assert.Contains("has no obvious ABI documentation problems", output);
    }

    [Fact]
    public void BadInputIsOneLineAndExitTwo()
    {
        var (code, _, err) = Run("lint-patch", "/no/such/file.patch");
        Assert.Equal(2, code);
        Assert.Equal("abi: /no/such/file.patch: no such file", err.Trim());
        (code, _, err) = Run("lint-patch");
        Assert.Equal(2, code);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void NotAPatchIsANoteNotACrash()
    {
        using var tree = new TempTree();
        var path = tree.Write("notes.txt", "Just some notes.\nNothing to see.\n");
        var bin = tree.WriteBytes("random.bin", [0, 1, 2, 0xFF, 0xFE, 10, 0x80, 0]);
        var (code, output, err) = Run("lint-patch", path, bin);
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Equal(2, output.Split('\n').Count(l => l.StartsWith("NOTE: [ABI0404]") && l.Contains("holds no diff")));
    }

    [SkippableFact]
    public void GitRangeIsReadThroughFormatPatch()
    {
        Skip.If(!GitRepo.Available, "git is not installed");
        using var tree = new TempTree();
        GitRepo.Run(tree.Root, "init", "-q");
        tree.Write("drivers/foo/core.c", "static DEVICE_ATTR_RO(name);\n");
        tree.Write("Documentation/ABI/testing/sysfs-bus-foo",
            "What:\t\t/sys/bus/foo/devices/fooX/level\nDate:\t\tMarch 2021\nKernelVersion:\t5.12\nContact:\tfoo@example.org\nDescription:\n\t\t(RO) The level.\n");
        GitRepo.Commit(tree.Root, "base");
        tree.Write("drivers/foo/core.c", "static DEVICE_ATTR_RO(name);\nstatic DEVICE_ATTR_RW(speed);\nstatic DEVICE_ATTR_RO(level);\n");
        GitRepo.Commit(tree.Root, "foo: add speed and level");
        // The existing tree is the range's start as git has it, not the working tree.
        Directory.Delete(Path.Join(tree.Root, "Documentation"), recursive: true);
        var (code, output, err) = Run("lint-patch", "--git", tree.Root, "HEAD~1..HEAD");
        Assert.True(code == 1, output + err);
        Assert.Contains("[ABI0401] new sysfs attribute 'speed'", output);
        Assert.DoesNotContain("'level'", output);
        Assert.Contains("FILE: drivers/foo/core.c:2:", output);
        Assert.Contains("against HEAD~1:Documentation/ABI", output);

        (code, _, err) = Run("lint-patch", "--git", tree.Root, "no-such-rev..HEAD");
        Assert.Equal(2, code);
        Assert.Contains("no-such-rev", err.Trim());
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void StandardInputIsReadWithDash()
    {
        // Run the built tool as a process: standard input cannot be handed to an in-process run.
        var tool = Path.Join(AppContext.BaseDirectory, "abi.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])[tool, "lint-patch", "-"]) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.StandardInput.Write(Patch);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("[ABI0401] new sysfs attribute 'speed'", output);
        Assert.Contains("(stdin) ([PATCH v2 1/1] foo: add speed) has ABI documentation problems", output);
    }

    private static bool CanRun(string program)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(program, "--version") { RedirectStandardOutput = true, RedirectStandardError = true });
            p!.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
