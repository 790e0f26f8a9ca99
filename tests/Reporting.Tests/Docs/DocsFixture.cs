using AbiTool.Reporting.Docs;
using AbiTool.Reporting.Docs.Model;
using AbiTool.Sources;

namespace AbiTool.Tests.Docs;

/// <summary>The small ABI tree of tests/Reporting.Tests/Docs/Fixture and helpers to render it.</summary>
internal static class DocsFixture
{
    public static string Directory => Path.Join(TestPaths.RepoRoot, "tests", "Reporting.Tests", "Docs", "Fixture", "ABI");

    public static string GoldenDirectory => Path.Join(TestPaths.RepoRoot, "tests", "Reporting.Tests", "Docs", "Golden");

    /// <summary>Set ABI_UPDATE_GOLDEN=1 to rewrite the golden files from the current output (then review the diff).</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("ABI_UPDATE_GOLDEN") == "1";

    /// <summary>The fixture as a kernel tree spells it, so no machine's paths reach the output.</summary>
    public static DocSite Site() => DocSite.Build(AbiCorpusReader.ReadDirectory(Directory, "Documentation/ABI"));

    public static DocSite RealSite(string dir) => DocSite.Build(AbiCorpusReader.ReadDirectory(dir));

    public static DocsOptions Options => new("Fixture ABI");
}
