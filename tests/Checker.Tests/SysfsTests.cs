using System.Diagnostics;
using AbiTool.Patterns;
using AbiTool.Sources;
using AbiTool.Sysfs;

namespace AbiTool.Tests;

/// <summary>Sysfs trees: reading fixtures (including hostile ones), aliases through links, and abi undefined.</summary>
public class SysfsTests
{
    private const string Tags = "Date:\t\tMay 2020\nKernelVersion:\t5.8\nContact:\tx@example.org\nDescription:\t\t(RO) x.\n\n";

    /// <summary>Runs a shell script in a folder (links, FIFOs and odd names are easiest to make with the shell).</summary>
    private static void Shell(string directory, string script)
    {
        var start = new ProcessStartInfo("bash", ["-c", script]) { WorkingDirectory = directory, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }

    private static WhatIndex Index(TempTree abi, params string[] whats)
    {
        abi.Write("abi/testing/sysfs-test", string.Concat(whats.Select(w => $"What:\t\t{w}\n{Tags}")));
        return WhatIndex.Build(AbiCorpusReader.ReadDirectory(Path.Join(abi.Root, "abi")));
    }

    /// <summary>A small device-dax tree: the device, its region beside it, and the bus and class links sysfs makes.</summary>
    private static string DaxFixture(TempTree temp)
    {
        var sys = Path.Join(temp.Root, "sys");
        Directory.CreateDirectory(sys);
        Shell(sys, """
            mkdir -p devices/platform/hmem.0/dax0.0 devices/platform/hmem.0/dax_region bus/dax/devices class/dax
            touch devices/platform/hmem.0/dax0.0/size devices/platform/hmem.0/dax0.0/target_node devices/platform/hmem.0/dax0.0/weird
            touch devices/platform/hmem.0/dax_region/size devices/platform/hmem.0/dax_region/align
            ln -s ../../../devices/platform/hmem.0/dax0.0 bus/dax/devices/dax0.0
            ln -s ../../devices/platform/hmem.0/dax0.0 class/dax/dax0.0
            """);
        return sys;
    }

    [Fact]
    public void AliasesAndReadlinkWhatsDocumentTheRealNodes()
    {
        using var temp = new TempTree();
        var tree = SysfsTreeReader.Read(DaxFixture(temp));
        var index = Index(temp,
            "/sys/bus/dax/devices/daxX.Y/size",
            "/sys/class/dax/daxX.Y/target_node",
            "$(readlink -f /sys/bus/dax/devices/daxX.Y)/../dax_region/size");
        var undefined = UndefinedAnalysis.Run(tree, index).Select(u => u.Path).Order().ToList();
        Assert.Equal(["/sys/devices/platform/hmem.0/dax0.0/weird", "/sys/devices/platform/hmem.0/dax_region/align"], undefined);
        Assert.Empty(tree.Problems);

        var matcher = new TreeMatcher(tree, index);
        var size = matcher.MatchesOf(tree.Find("/sys/devices/platform/hmem.0/dax0.0/size"));
        Assert.Equal("/sys/bus/dax/devices/dax0.0/size", Assert.Single(size).Path);
        var region = Assert.Single(matcher.MatchesOf(tree.Find("/sys/devices/platform/hmem.0/dax_region/size")));
        Assert.Equal(WhatKind.ThroughLink, region.What.Pattern.Kind);
    }

    [Fact]
    public void DirectoryWhatDocumentsTheFolderNotItsFiles()
    {
        using var temp = new TempTree();
        var sys = Path.Join(temp.Root, "sys");
        Directory.CreateDirectory(sys);
        Shell(sys, "mkdir -p kernel/foo/bar && touch kernel/foo/bar/x");
        var tree = SysfsTreeReader.Read(sys);
        var index = Index(temp, "/sys/kernel/foo/<name>/");
        Assert.Equal(["/sys/kernel/foo/bar/x"], UndefinedAnalysis.Run(tree, index).Select(u => u.Path));
        Assert.DoesNotContain("/sys/kernel/foo/bar", UndefinedAnalysis.Run(tree, index, directories: true).Select(u => u.Path));
    }

    [Fact]
    public void ModuleParametersAndFirmwareAreOutOfScopeUnlessAskedFor()
    {
        using var temp = new TempTree();
        var sys = Path.Join(temp.Root, "sys");
        Directory.CreateDirectory(sys);
        Shell(sys, "mkdir -p module/kvm/parameters firmware/acpi && touch module/kvm/parameters/halt_poll_ns firmware/acpi/x");
        var tree = SysfsTreeReader.Read(sys);
        var index = Index(temp, "/sys/kernel/nothing");
        Assert.Empty(UndefinedAnalysis.Run(tree, index));
        Assert.Equal(2, UndefinedAnalysis.Run(tree, index, everything: true).Count);
    }

    [Fact]
    public void HintsNameTheNearestWhats()
    {
        using var temp = new TempTree();
        var tree = SysfsTreeReader.Read(DaxFixture(temp));
        var index = Index(temp, "/sys/bus/dax/devices/daxX.Y/size", "/sys/devices/platform/hmem.0/dax0.0/other/weird");
        var weird = Assert.Single(UndefinedAnalysis.Run(tree, index, hints: true), u => u.Path.EndsWith("/weird"));
        Assert.Equal("/sys/devices/platform/hmem.0/dax0.0/other/weird", weird.Hints[0].What.What.Text);
        Assert.Equal(5, weird.Hints[0].MatchedComponents);
    }

    [Fact]
    public void HostileTreeGivesADiagnosticForEachProblemAndNoHang()
    {
        using var temp = new TempTree();
        var sys = Path.Join(temp.Root, "sys");
        Directory.CreateDirectory(sys);
        Shell(sys, """
            mkdir -p loops escape fifo names deep
            ln -s b loops/a && ln -s a loops/b                 # a loop of links
            ln -s .. loops/up                                  # a link to its own parent: legal, never followed
            ln -s ../../../../../../../../etc escape/etc       # out of the tree
            ln -s /etc escape/absolute
            mkfifo fifo/pipe
            mkdir "names/bad$(printf '\377')name"
            python3 -c 'import os
            os.chdir("deep")
            for _ in range(5000): os.mkdir("d"); os.chdir("d")
            open("leaf", "w").close()'
            """);
        try
        {
            var tree = SysfsTreeReader.Read(sys);
            var codes = tree.Problems.Select(p => (p.Code, p.Span.File)).ToList();
            Assert.Contains(("ABI0207", "/sys/loops/a"), codes);
            Assert.Contains(("ABI0207", "/sys/loops/b"), codes);
            Assert.DoesNotContain(codes, c => c.File == "/sys/loops/up");
            Assert.Contains(("ABI0203", "/sys/escape/etc"), codes);
            Assert.Contains(("ABI0203", "/sys/escape/absolute"), codes);
            Assert.Contains(("ABI0205", "/sys/fifo/pipe"), codes);
            Assert.Single(codes, c => c.Code == "ABI0206");
            var deep = Assert.Single(codes, c => c.Code == "ABI0204");
            Assert.Equal(SysfsTreeReader.MaxDepth, deep.File.Split('/').Length - 2);
            // Nothing outside the tree was read: /etc's files are not nodes.
            Assert.Equal(-1, tree.Find("/sys/escape/etc/passwd"));
            Assert.Equal(-1, tree.Resolve(tree.Find("/sys/loops/a")));
            Assert.Equal(tree.Find("/sys"), tree.Resolve(tree.Find("/sys/loops/up")));
        }
        finally
        {
            Shell(temp.Root, "rm -rf sys");
        }
    }

    [SkippableFact]
    public void UnreadableFolderIsADiagnostic()
    {
        Skip.If(Environment.UserName == "root", "root may list any folder, so an unreadable one cannot be made (CI runs as root)");
        using var temp = new TempTree();
        var sys = Path.Join(temp.Root, "sys");
        Directory.CreateDirectory(sys);
        Shell(sys, "mkdir -p locked/inner && touch locked/inner/x && chmod 000 locked");
        try
        {
            var tree = SysfsTreeReader.Read(sys);
            Assert.Contains(tree.Problems, p => p.Code == "ABI0202" && p.Span.File == "/sys/locked");
        }
        finally
        {
            Shell(sys, "chmod 755 locked");
        }
    }

    [Fact]
    public void TarSnapshotReadsLikeTheFolder()
    {
        using var temp = new TempTree();
        var sys = DaxFixture(temp);
        var tar = Path.Join(temp.Root, "sys.tar");
        Shell(temp.Root, $"tar -C {sys} -cf {tar} .");
        var fromTar = SysfsTreeReader.Read(tar);
        var index = Index(temp, "/sys/bus/dax/devices/daxX.Y/size", "/sys/class/dax/daxX.Y/target_node",
            "$(readlink -f /sys/bus/dax/devices/daxX.Y)/../dax_region/size");
        Assert.Equal(
            UndefinedAnalysis.Run(SysfsTreeReader.Read(sys), index).Select(u => u.Path).Order(),
            UndefinedAnalysis.Run(fromTar, index).Select(u => u.Path).Order());
    }

    [Fact]
    public void CheckReportsBothDirectionsAndAccessModes()
    {
        using var temp = new TempTree();
        var sys = DaxFixture(temp);
        Shell(sys, "chmod 0444 devices/platform/hmem.0/dax0.0/target_node && chmod 0644 devices/platform/hmem.0/dax0.0/size");
        temp.Write("abi/testing/sysfs-test",
            $"What:\t\t/sys/bus/dax/devices/daxX.Y/size\n{Tags.Replace("(RO)", "(RW)")}" +   // 0644 and (RW): agree
            $"What:\t\t/sys/bus/dax/devices/daxX.Y/target_node\n{Tags.Replace("(RO)", "(WO)")}" + // 0444 but (WO)
            $"What:\t\t/sys/bus/dax/devices/daxX.Y/resource\n{Tags}" +                          // no such file
            $"What:\t\t/sys/bus/dax/devices/daxX.Y/driver\n{Tags}" +                            // a link, absent here
            $"What:\t\t/sys/class/other/thing\n{Tags}");                                         // outside --under
        var index = WhatIndex.Build(AbiCorpusReader.ReadDirectory(Path.Join(temp.Root, "abi")));
        var findings = CheckAnalysis.Run(SysfsTreeReader.Read(sys), index, under: "/sys/bus/dax");

        var mode = Assert.Single(findings, d => d.Code == "ABI0209");
        Assert.Contains("/dax0.0/target_node has mode 0444", mode.Message);
        Assert.Contains("(WO)", mode.Message);
        Assert.Equal(7, mode.Span.Line);
        var missing = findings.Where(d => d.Code == "ABI0208").Select(d => d.Message).ToList();
        Assert.Contains(missing, m => m.Contains("daxX.Y/resource"));
        Assert.Contains(missing, m => m.Contains("daxX.Y/driver"));
        Assert.DoesNotContain(missing, m => m.Contains("/sys/class/other/thing"));
        var undocumented = findings.Where(d => d.Code == "ABI0201").Select(d => d.Span.File).Order().ToList();
        // The region folder is beside the device, not below the bus's link to it.
        Assert.Equal(["/sys/devices/platform/hmem.0/dax0.0/weird"], undocumented);
    }

    [Fact]
    public void MissingTreeIsAnInputError() =>
        Assert.Throws<AbiInputException>(() => SysfsTreeReader.Read("/nonexistent/sys"));
}
