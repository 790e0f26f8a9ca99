using AbiTool.Reporting.Docs;
using AbiTool.Reporting.Docs.Rest;

namespace AbiTool.Tests.Docs;

/// <summary>
/// Every format rendered from the fixture, compared file by file with Golden/. After an intended change, run the
/// tests with ABI_UPDATE_GOLDEN=1 and review the diff of Golden/.
/// </summary>
public class GoldenTests
{
    [Theory]
    [InlineData(DocsFormat.Html, "html")]
    [InlineData(DocsFormat.Markdown, "md")]
    [InlineData(DocsFormat.Rest, "rst")]
    public void SiteMatchesGolden(DocsFormat format, string folder)
    {
        using var output = new TempTree();
        var written = DocsGenerator.Write(DocsFixture.Site(), format, output.Root, DocsFixture.Options);
        Assert.True(written >= 5, $"{written} files written");
        CompareFolders(output.Root, Path.Join(DocsFixture.GoldenDirectory, folder));
    }

    [Theory]
    [InlineData(true, "rest-lineno.rst")]
    [InlineData(false, "rest-no-rst-source.rst")]
    public void RestBookMatchesGolden(bool descriptionsAreRest, string name)
    {
        var text = new StringWriter();
        new RestBookWriter(DocsFixture.Site(), new RestOptions(true, "Documentation/ABI/", descriptionsAreRest)).Write(text);
        Compare(text.ToString(), Path.Join(DocsFixture.GoldenDirectory, name));
    }

    private static void CompareFolders(string actualRoot, string goldenRoot)
    {
        var actual = Files(actualRoot);
        if (DocsFixture.Updating)
        {
            if (Directory.Exists(goldenRoot)) Directory.Delete(goldenRoot, recursive: true);
            foreach (var file in actual) Compare(File.ReadAllText(Path.Join(actualRoot, file)), Path.Join(goldenRoot, file));
            return;
        }
        Assert.True(Directory.Exists(goldenRoot), $"{goldenRoot} is missing; run with ABI_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(Files(goldenRoot), actual);
        foreach (var file in actual) Compare(File.ReadAllText(Path.Join(actualRoot, file)), Path.Join(goldenRoot, file));
    }

    /// <summary>The generated files; the site's style and script are sources of ours, copied as they are.</summary>
    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => f is not ("assets/style.css" or "assets/app.js")).Order(StringComparer.Ordinal)];

    private static void Compare(string actual, string goldenPath)
    {
        if (DocsFixture.Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            return;
        }
        Assert.True(File.Exists(goldenPath), $"{goldenPath} is missing; run with ABI_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(goldenPath);
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < Math.Min(e.Length, a.Length) && e[line] == a[line]) line++;
        Assert.Fail($"{goldenPath} differs at line {line + 1}:\n  golden: {(line < e.Length ? e[line] : "<end>")}\n  actual: {(line < a.Length ? a[line] : "<end>")}");
    }
}
