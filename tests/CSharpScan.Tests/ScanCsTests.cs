using AbiTool.CSharp;
using AbiTool.Diagnostics;
using AbiTool.Sources;

namespace AbiTool.Tests;

/// <summary>
/// <c>abi scan-cs</c> over Fixtures/ScanCs/App, a small code base with known obsolete, removed, undocumented, testing and
/// clean uses, checked against the project's abi/ plus one removed entry (Fixtures/ScanCs/abi-extra).
/// </summary>
public sealed class ScanCsTests : IDisposable
{
    private static readonly string Fixture = Path.Join(TestPaths.RepoRoot, "tests", "CSharpScan.Tests", "Fixtures", "ScanCs");
    private readonly TempTree abi = new();

    public ScanCsTests()
    {
        foreach (var source in new[] { Path.Join(TestPaths.RepoRoot, "abi"), Path.Join(Fixture, "abi-extra") })
        {
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
                abi.Write(Path.GetRelativePath(source, file), File.ReadAllText(file));
        }
    }

    public void Dispose() => abi.Dispose();

    private static readonly string[] Expected =
    [
        "Dax/Guesswork.cs:9 ABI0603",
        "Dax/Legacy.cs:8 ABI0602",
        "Dax/OldLayout.cs:9 ABI0601",
        "Dax/OldLayout.cs:11 ABI0601",
        "Dax/Bus.cs:15 ABI0604",
    ];

    private static List<string> Found(IEnumerable<Diagnostic> findings, string shown) =>
        [.. findings.Select(d => $"{Path.GetRelativePath(shown, d.Span.File).Replace('\\', '/')}:{d.Span.Line} {d.Code}")];

    [Fact]
    public void ProjectScanFindsExactlyTheKnownUses()
    {
        var project = Path.Join(Fixture, "App", "App.csproj");
        var findings = ScanCsAnalysis.Run(project, AbiCorpusReader.ReadDirectory(abi.Root));
        Assert.Equal(Expected.Order(StringComparer.Ordinal), Found(findings, Path.Join(Fixture, "App")).Order(StringComparer.Ordinal));
        var removed = Assert.Single(findings, d => d.Code == "ABI0602");
        Assert.Equal(Severity.Error, removed.Severity);
        Assert.Contains("removed/sysfs-devices-platform-legacy:1", removed.Message);
        Assert.Equal((8, 27), (removed.Span.Line, removed.Span.Column));
        Assert.Equal(Severity.Warning, findings.First(d => d.Code == "ABI0601").Severity);
        Assert.All(findings, d => Assert.DoesNotContain(":", d.Fingerprint.Split(':')[0]));
    }

    [Fact]
    public void FolderAndSolutionGiveTheSameFindings()
    {
        var folder = Path.Join(Fixture, "App");
        var corpus = AbiCorpusReader.ReadDirectory(abi.Root);
        Assert.Equal(Expected.Order(StringComparer.Ordinal), Found(ScanCsAnalysis.Run(folder, corpus), folder).Order(StringComparer.Ordinal));
        var sln = abi.Write("App.sln", $"Microsoft Visual Studio Solution File, Format Version 12.00\nProject(\"{{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}}\") = \"App\", \"{Path.Join(folder, "App.csproj")}\", \"{{11111111-1111-1111-1111-111111111111}}\"\nEndProject\n");
        var viaSolution = ScanCsAnalysis.Run(sln, corpus);
        Assert.Equal(Expected.Length, viaSolution.Count);
    }

    [Fact]
    public void WithTheEmbeddedDocsTheRemovedPathIsUndocumented()
    {
        var project = Path.Join(Fixture, "App", "App.csproj");
        var tree = AbiCorpusReader.ReadDirectory(Path.Join(TestPaths.RepoRoot, "abi"));
        var legacy = Assert.Single(ScanCsAnalysis.Run(project, tree), d => d.Span.File.EndsWith("Legacy.cs", StringComparison.Ordinal));
        Assert.Equal("ABI0603", legacy.Code);
    }

    [Fact]
    public void BadPathsAreInputErrors()
    {
        var corpus = AbiCorpusReader.ReadDirectory(abi.Root);
        Assert.Contains("no such file or folder", Assert.Throws<AbiInputException>(() => ScanCsAnalysis.Run(Path.Join(abi.Root, "nope"), corpus)).Message);
        var text = abi.Write("notes.txt", "hello");
        Assert.Contains("not a .cs, .csproj", Assert.Throws<AbiInputException>(() => ScanCsAnalysis.Run(text, corpus)).Message);
        var empty = abi.Write("Empty.sln", "Microsoft Visual Studio Solution File\n");
        Assert.Contains("names no C# project", Assert.Throws<AbiInputException>(() => ScanCsAnalysis.Run(empty, corpus)).Message);
    }
}
