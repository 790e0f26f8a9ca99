using AbiTool.Analyzers;
using AbiTool.CSharp;
using AbiTool.Sources;
using static AbiTool.Tests.RoslynHarness;

namespace AbiTool.Tests;

/// <summary>The analyzer on small programs, with the embedded index (the project's abi/) unless stated otherwise.</summary>
public class SysfsPathAnalyzerTests
{
    private static string Program(string body) => $$"""
        using System.IO;
        public static class P
        {
            public static string Run(string name, int n)
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public void ObsoleteLiteralIsAWarningWithTheEntrysAdvice()
    {
        var diagnostic = Assert.Single(Analyze(Program("""return File.ReadAllText("/sys/class/dax/dax0.0/size");""")));
        Assert.Equal("ABI0601", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("\"/sys/class/dax/dax0.0/size\"", At(diagnostic));
        var message = diagnostic.GetMessage();
        Assert.Contains("/sys/class/dax/daxX.Y/size", message);
        Assert.Contains("obsolete/sysfs-class-dax:", message);
        Assert.Contains("It now lives at /sys/bus/dax/devices/daxX.Y/size", message);
        Assert.Equal("docs/diagnostics.md#abi0601", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void InterpolatedStringWithAVariableComponent()
    {
        var diagnostic = Assert.Single(Analyze(Program("""return File.ReadAllText($"/sys/class/dax/{name}/dev");""")));
        Assert.Equal("ABI0601", diagnostic.Id);
        Assert.Contains("'/sys/class/dax/*/dev'", diagnostic.GetMessage());
    }

    [Fact]
    public void PathCombineOfATestingAttribute()
    {
        var diagnostic = Assert.Single(Analyze(Program("""return File.ReadAllText(Path.Combine("/sys/bus/dax/devices", name, "size"));""")));
        Assert.Equal("ABI0604", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.StartsWith("Path.Combine(", At(diagnostic));
        Assert.Contains("Users:", diagnostic.GetMessage());
        Assert.Contains("testing/sysfs-bus-dax:", diagnostic.GetMessage());
    }

    [Fact]
    public void ConcatenationWithAConstantIsFoldedAndTheFolderAloneIsNotReported()
    {
        var source = """
            public static class P
            {
                private const string Devices = "/sys/bus/dax/devices";
                public static string Target(string name) => Devices + "/" + name + "/target_node";
                public static string Join(string name) => System.IO.Path.Join(Devices, name, "numa_node");
            }
            """;
        var diagnostics = Analyze(source);
        Assert.Equal(["ABI0604", "ABI0604"], diagnostics.Select(d => d.Id));
        Assert.Equal("Devices + \"/\" + name + \"/target_node\"", At(diagnostics[0]));
        Assert.StartsWith("System.IO.Path.Join(", At(diagnostics[1]));
    }

    [Fact]
    public void UndocumentedPathIsInfo()
    {
        var diagnostic = Assert.Single(Analyze(Program("""return File.ReadAllText("/sys/bus/dax/devices/dax0.0/no_such_file");""")));
        Assert.Equal("ABI0603", diagnostic.Id);
        Assert.Equal("'/sys/bus/dax/devices/dax0.0/no_such_file' is not documented in the kernel ABI", diagnostic.GetMessage());
    }

    [Fact]
    public void StableAndNonAbiPathsAreClean()
    {
        Assert.Empty(Analyze(Program("""
            var a = File.ReadAllText("/sys/devices/system/node/node0/cpulist");
            var b = File.ReadAllText($"/sys/devices/system/node/node{n}/meminfo");
            var c = File.ReadAllText("/home/user/sys/class/dax");
            var d = "/system/sys";
            return a + b + c + d + "hello";
            """)));
    }

    private const string Tags = "Date:\t\tMay 2010\nKernelVersion:\t2.6.34\nContact:\tfoo@example.org\nDescription:\n\t\t(RO) Text.\n\n";

    [Fact]
    public void MostStableMatchWins()
    {
        // "/sys/class/*/bar" may be the stable or the obsolete file; the analyzer does not guess the worse.
        var index = IndexOf(("stable/sysfs-class-foo", "What:\t\t/sys/class/foo/bar\n" + Tags), ("obsolete/sysfs-class-foo", "What:\t\t/sys/class/fooX/bar\n" + Tags));
        Assert.Empty(Analyze(Program("""return File.ReadAllText("/sys/class/" + name + "/bar");"""), index));
        Assert.Equal("ABI0601", Assert.Single(Analyze(Program("""return File.ReadAllText(Path.Combine("/sys", "class", "foo7", "bar", "", ""));"""), index)).Id);
    }

    [Fact]
    public void FileUnderAnObsoleteFolderWhatIsObsolete()
    {
        // No What names the file, but the entry of its folder (/sys/class/dax/) is obsolete, and a What with "..."
        // that happens to match it does not outrank the folder.
        var index = IndexOf(("obsolete/sysfs-class-foo", "What:\t\t/sys/class/foo/\n" + Tags), ("testing/sysfs-any", "What:\t\t/sys/.../<device>/<id>\n" + Tags));
        var diagnostic = Assert.Single(Analyze(Program("""return File.ReadAllText("/sys/class/foo/export");"""), index));
        Assert.Equal("ABI0601", diagnostic.Id);
        Assert.Contains("(/sys/class/foo/, obsolete/sysfs-class-foo:1)", diagnostic.GetMessage());
        Assert.Equal("ABI0604", Assert.Single(Analyze(Program("""return File.ReadAllText("/sys/bus/foo/export");"""), index)).Id);
    }

    [Fact]
    public void AdditionalFilesIndexReplacesTheEmbeddedOneAndReportsRemoved()
    {
        var index = IndexOf(("removed/sysfs-class-foo", """
            What:		/sys/class/foo/fooX/bar
            Date:		May 2010
            KernelVersion:	2.6.34
            Contact:	foo@example.org
            Description:
            		(RO) Gone since 3.0; use /sys/class/baz/fooX/bar instead.

            """));
        var diagnostics = Analyze(Program("""
            var a = File.ReadAllText("/sys/class/foo/foo3/bar");
            return a + File.ReadAllText("/sys/class/dax/dax0.0/size");
            """), index);
        var removed = diagnostics[0];
        Assert.Equal("ABI0602", removed.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, removed.Severity);
        Assert.Contains("removed/sysfs-class-foo:1", removed.GetMessage());
        Assert.Equal("/sys/class/foo", removed.Properties[SysfsPathAnalyzer.FixFromProperty]);
        Assert.Equal("/sys/class/baz", removed.Properties[SysfsPathAnalyzer.FixToProperty]);
        // With its own index the dax class is unknown: undocumented, not obsolete.
        Assert.Equal("ABI0603", diagnostics[1].Id);
        Assert.Equal(2, diagnostics.Length);
    }

    [Fact]
    public void EmbeddedIndexIsTheProjectsAbiTree()
    {
        var fresh = Reporting.Index.AbiIndexWriter.Write(AbiCorpusReader.ReadDirectory(Path.Join(TestPaths.RepoRoot, "abi")));
        var embedded = File.ReadAllText(Path.Join(TestPaths.RepoRoot, "src", "Analyzers", "abi.index"));
        Assert.True(fresh == embedded,
            "src/Analyzers/abi.index is out of date with abi/: run `dotnet run --project src/AbiTool -- index --dir abi -o src/Analyzers/abi.index`");
        Assert.Equal(fresh.Split('\n').Count(l => l.StartsWith('/') || (l.Length > 0 && l[0] != '#')), AbiIndex.Embedded.Entries.Count);
    }

    [Fact]
    public void AnalyzerCodesAreTheCatalogues()
    {
        var analyzer = new SysfsPathAnalyzer().SupportedDiagnostics;
        foreach (var descriptor in analyzer)
        {
            var core = Assert.Single(CSharpCodes.All, c => c.Code == descriptor.Id);
            Assert.Equal(core.Title, descriptor.Title.ToString());
            Assert.Equal(core.DefaultSeverity.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.Equal(core.HelpPath, descriptor.HelpLinkUri);
        }
        Assert.Equal(4, analyzer.Length);
        Assert.Contains(CSharpCodes.All, c => c.Code == AbiDescriptors.TestingAccessorId);
    }
}

/// <summary>The index of a real kernel tree, read back by the analyzer.</summary>
public class RealTreeIndexTests
{
    [SkippableFact]
    public void KernelIndexKnowsTheLevelsOfRealPaths()
    {
        var corpus = AbiCorpusReader.ReadDirectory(TestPaths.Corpus("linux-6.12"));
        var index = AbiIndex.Parse(Reporting.Index.AbiIndexWriter.Write(corpus));
        var paths = corpus.Entries.SelectMany(e => e.Whats).Count(w => Patterns.WhatPatternParser.Parse(w.Text).Kind == Patterns.WhatKind.Path);
        Assert.Equal(paths, index.Entries.Count);
        AbiLevel? Level(string path) => index.Best(path.Split('/', StringSplitOptions.RemoveEmptyEntries))?.Level;
        Assert.Equal(AbiLevel.Obsolete, Level("/sys/class/gpio/export"));
        Assert.Equal(AbiLevel.Testing, Level("/sys/bus/dax/devices/dax0.0/target_node"));
        Assert.Equal(AbiLevel.Stable, Level("/sys/devices/system/cpu/cpu0/topology/core_id"));
        Assert.Null(Level("/sys/no_such_dir/x"));
        Assert.Null(Level("/proc/no_such_file"));
        // Every What the core reads as a path is matched by its own regular expression on a literal What.
        Assert.All(index.Entries.Where(e => e.Last.Length > 0 && e.What.IndexOfAny(['<', '[', '{', '*', 'X', 'Y', 'Z', 'N', '.', '\\', ' ']) < 0),
            e => Assert.Matches(e.Pattern, e.What.TrimEnd('/')));
    }
}
