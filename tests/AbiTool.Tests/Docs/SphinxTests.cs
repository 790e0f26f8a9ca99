using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AbiTool.Tests.Docs;

/// <summary>
/// The kernel's own ABI pages (Documentation/admin-guide/abi-*.rst) built by Sphinx through the kernel's kernel_abi
/// extension, once with get_abi.pl and once with `abi rest` in its place, over the 6.12 tree: ours must give no more
/// warnings, and its line markers must name the source line each warning is about.
/// </summary>
public partial class SphinxTests
{
    private static readonly string Anchor = Path.Join(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "abitool-anchor", "linux-6.12");

    [SkippableFact]
    public void KernelAbiPagesBuildWithNoMoreWarningsThanGetAbiPl()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the kernel's Sphinx build runs on Linux");
        Skip.IfNot(File.Exists("/usr/bin/sphinx-build"), "Sphinx is not installed (apt-get install python3-sphinx)");
        Skip.IfNot(File.Exists("/usr/bin/perl"), "perl is not installed");
        foreach (var part in (string[])["scripts/get_abi.pl", "Documentation/sphinx/kernel_abi.py", "Documentation/admin-guide/abi-stable.rst", "Documentation/ABI/testing"])
            Skip.IfNot(Path.Exists(Path.Join(Anchor, part)), $"the kernel anchor lacks {part} (run ../shared/tools/kernel-anchor.sh)");
        var abi = Path.Join(AppContext.BaseDirectory, "abi");
        Skip.IfNot(File.Exists(abi), $"no apphost at {abi}");

        using var work = new TempTree();
        // get_abi.pl skips every path containing "/." (meant for hidden files), so the tree must not stay below ~/.cache.
        var perl = SourceTree(work, "perl", script: File.ReadAllText(Path.Join(Anchor, "scripts", "get_abi.pl")));
        var ours = SourceTree(work, "ours", script: $"#!/bin/sh\nexec '{abi}' \"$@\"\n");
        var builds = new[] { Task.Run(() => Build(perl)), Task.Run(() => Build(ours)) };
        Task.WaitAll(builds);
        var (perlWarnings, oursWarnings) = (builds[0].Result, builds[1].Result);

        Assert.True(perlWarnings.Count > 0, "the get_abi.pl build gave no warnings at all: is the extension running?");
        Assert.True(oursWarnings.Count <= perlWarnings.Count,
            $"abi rest: {oursWarnings.Count} warnings, get_abi.pl: {perlWarnings.Count}; ours beyond theirs:\n"
            + string.Join('\n', Kinds(oursWarnings).Except(Kinds(perlWarnings)).Take(20)));
        // The pages were really built from our output: the testing page's doctree holds the whole book.
        var doctree = new FileInfo(Path.Join(ours, "out", ".doctrees", "admin-guide", "abi-testing.doctree"));
        Assert.True(doctree.Exists && doctree.Length > 1_000_000, $"{doctree.FullName}: {(doctree.Exists ? doctree.Length : 0)} bytes");
        // Every warning names a line of an ABI file: the first of the paragraph (docutils' unit) that holds what it
        // complains about.
        foreach (var warning in oursWarnings)
        {
            var match = UnknownDocument().Match(warning);
            if (!match.Success) continue;
            var lines = File.ReadAllLines(Path.Join(ours, match.Groups["file"].Value.Contains("/Documentation/")
                ? match.Groups["file"].Value[(match.Groups["file"].Value.IndexOf("/Documentation/", StringComparison.Ordinal) + 1)..]
                : match.Groups["file"].Value));
            var line = int.Parse(match.Groups["line"].Value);
            var paragraph = string.Join('\n', lines.Skip(line - 1).TakeWhile(l => l.Trim().Length > 0));
            Assert.True(paragraph.Contains(match.Groups["doc"].Value.TrimStart('/'), StringComparison.Ordinal),
                $"{warning}: the paragraph at line {line} is '{paragraph}'");
        }
    }

    /// <summary>A kernel source tree with just what the ABI pages need, and scripts/get_abi.pl being <paramref name="script"/>.</summary>
    private static string SourceTree(TempTree work, string name, string script)
    {
        var root = Path.Join(work.Root, name);
        foreach (var folder in (string[])["ABI", "sphinx", "admin-guide"])
            CopyFolder(Path.Join(Anchor, "Documentation", folder), Path.Join(root, "Documentation", folder));
        File.WriteAllText(Path.Join(root, "Documentation", "conf.py"),
            "import os, sys\nsys.path.insert(0, os.path.abspath('sphinx'))\nextensions = ['kernel_abi']\nmaster_doc = 'admin-guide/abi'\nproject = 'ABI'\n");
        var get = Path.Join(root, "scripts", "get_abi.pl");
        Directory.CreateDirectory(Path.GetDirectoryName(get)!);
        File.WriteAllText(get, script);
        if (OperatingSystem.IsLinux()) File.SetUnixFileMode(get, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return root;
    }

    /// <summary>Runs sphinx-build (the dummy builder still resolves every reference) and returns its warnings.</summary>
    private static List<string> Build(string root)
    {
        var start = new ProcessStartInfo("/usr/bin/sphinx-build", ["-q", "-b", "dummy", "-w", Path.Join(root, "warnings.txt"), "Documentation", "out"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["srctree"] = root;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(1_200_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"sphinx-build in {root} did not finish in 20 minutes");
        }
        Assert.True(process.ExitCode == 0, $"sphinx-build failed ({process.ExitCode}) in {root}: {stderr.Result}{stdout.Result}");
        return [.. File.ReadAllLines(Path.Join(root, "warnings.txt")).Where(l => l.Contains("WARNING", StringComparison.Ordinal))];
    }

    /// <summary>A warning without its tree's root and line, to compare the two builds' kinds of warning.</summary>
    private static IEnumerable<string> Kinds(List<string> warnings) => warnings.Select(w => w[(w.IndexOf("WARNING", StringComparison.Ordinal))..]);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Join(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"^(?<file>[^:]+):(?<line>\d+): WARNING: unknown document: '(?<doc>[^']+)'")]
    private static partial Regex UnknownDocument();
}
